package jp.shingikai.app.notifications;

import java.util.List;

import jp.shingikai.app.security.UserAccounts.SignedInUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
class NotificationController {

    private final NotificationService notifications;

    @GetMapping("/api/notifications")
    List<NotificationService.Notification> unread(@AuthenticationPrincipal SignedInUser user) {
        return notifications.unread(user.user());
    }
}

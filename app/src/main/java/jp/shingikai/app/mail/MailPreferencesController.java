package jp.shingikai.app.mail;

import jp.shingikai.app.security.UserAccounts.MailSettings;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** メール設定 API: the signed-in person's own address and opt-out. */
@RestController
@RequiredArgsConstructor
class MailPreferencesController {

    private final MailPreferences preferences;

    @GetMapping("/api/account/mail")
    MailSettings get(@AuthenticationPrincipal SignedInUser user) {
        return preferences.of(user.user());
    }

    @PutMapping("/api/account/mail")
    MailSettings update(@AuthenticationPrincipal SignedInUser user, @RequestBody MailSettings settings) {
        return preferences.update(user.user(), settings);
    }
}

package jp.shingikai.app.mail;

import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.UserAccounts.MailSettings;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** メール設定: where the person's mail goes, or that they want none. */
@Controller
@RequiredArgsConstructor
class MailPreferencesPage {

    private final MailPreferences preferences;

    @GetMapping("/account/mail")
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("settings", preferences.of(user.user()));
        return "mail/settings";
    }

    @PostMapping("/account/mail")
    String update(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean optOut, Model model, RedirectAttributes redirect) {
        try {
            preferences.update(user.user(), new MailSettings(email, optOut));
        } catch (InvalidInputException e) {
            model.addAttribute("settings", new MailSettings(email, optOut));
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("emailError", e.errors().get(0).message());
            return "mail/settings";
        }
        redirect.addFlashAttribute("notice", optOut ? "メールを受け取らない設定にしました。お知らせはホーム画面に表示されます。"
                : "メールの設定を保存しました。");
        return "redirect:/account/mail";
    }
}

package jp.shingikai.app.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** ログイン: the form Spring Security posts to, with the reason a sign-in failed in Japanese. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            HttpSession session, Model model) {
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("problem", failure instanceof LockedException locked ? locked.getMessage()
                    : "ユーザー名またはパスワードが正しくありません。");
        }
        if (logout != null) {
            model.addAttribute("notice", "ログアウトしました。");
        }
        return "security/login";
    }
}

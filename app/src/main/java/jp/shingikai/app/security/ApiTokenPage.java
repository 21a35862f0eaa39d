package jp.shingikai.app.security;

import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** APIトークン: the person's tokens, a form to issue one (shown once), and revocation. */
@Controller
@RequestMapping("/account/tokens")
@RequiredArgsConstructor
class ApiTokenPage {

    private final ApiTokens tokens;

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("tokens", tokens.tokens(user.user()));
        return "security/tokens";
    }

    @PostMapping
    String issue(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Integer days, Model model) {
        try {
            model.addAttribute("issued", tokens.issue(user.user(), name, days));
            model.addAttribute("notice", "APIトークンを発行しました。この画面を離れると二度と表示されません。いま控えてください。");
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0).message());
            model.addAttribute("name", name);
        }
        return show(user, model);
    }

    @PostMapping("/{id}/revocation")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user.user(), id);
        redirect.addFlashAttribute("notice", "APIトークンを取り消しました。以後このトークンでは利用できません。");
        return "redirect:/account/tokens";
    }
}

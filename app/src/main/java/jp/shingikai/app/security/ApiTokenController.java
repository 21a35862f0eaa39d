package jp.shingikai.app.security;

import java.util.List;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's API tokens. Issuing and revoking need the password (HTTP Basic or the session of the page), so
 * that a token that leaked cannot make more of itself or keep itself alive.
 */
@RestController
@RequiredArgsConstructor
class ApiTokenController {

    private final ApiTokens tokens;

    @GetMapping("/api/account/tokens")
    List<ApiTokens.ApiToken> list(Authentication authentication) {
        return tokens.tokens(owner(authentication));
    }

    @PostMapping("/api/account/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issue(Authentication authentication, @RequestBody Asked asked) {
        return tokens.issue(byPassword(authentication), asked.name(), asked.days());
    }

    @DeleteMapping("/api/account/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Authentication authentication, @PathVariable long id) {
        tokens.revoke(byPassword(authentication), id);
    }

    /** @param days how long it is valid, 1 to 365 (90 when left out) */
    record Asked(String name, Integer days) {
    }

    private static CurrentUser owner(Authentication authentication) {
        return ((SignedInUser) authentication.getPrincipal()).user();
    }

    private static CurrentUser byPassword(Authentication authentication) {
        if (authentication instanceof ApiTokenFilter.TokenAuthentication) {
            throw new ForbiddenException("APIトークンの発行と取り消しは、パスワードで認証して行ってください（トークンでは行えません）。");
        }
        return owner(authentication);
    }
}

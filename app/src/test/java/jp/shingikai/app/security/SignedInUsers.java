package jp.shingikai.app.security;

import java.util.Set;

import jp.shingikai.app.security.UserAccounts.SignedInUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A signed-in person for slice tests of the pages, without the user table behind them. */
public final class SignedInUsers {

    private SignedInUsers() {
    }

    public static RequestPostProcessor as(String username, String displayName, Role role, String departmentCode) {
        CurrentUser user = new CurrentUser(username, displayName, Set.of(role), departmentCode);
        return SecurityMockMvcRequestPostProcessors.user(new SignedInUser(user, "{noop}unused"));
    }
}

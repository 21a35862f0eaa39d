package jp.shingikai.app.security;

import jp.shingikai.japanese.JapaneseTime;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password sign-in against the user table, refused while {@link LoginThrottle} has the name locked. */
class ThrottledAuthentication extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthentication(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        var locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            throw new LockedException("ログインの失敗が続いたため、" + JapaneseTime.format(locked.get().toLocalTime())
                    + "までログインできません。");
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            throw e;
        }
    }
}

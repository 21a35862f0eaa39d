package jp.shingikai.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed.
 *
 * @param strength BCrypt's log rounds for new hashes (each step doubles the work of every sign-in and Basic request); a
 *                 stored hash keeps the strength it was made with
 */
@ConfigurationProperties("shingikai.security.password")
record PasswordProperties(@DefaultValue("10") int strength) {

    PasswordProperties {
        if (strength < 4 || strength > 31) {
            throw new IllegalArgumentException("shingikai.security.password.strength は 4 から 31 の範囲で指定してください: " + strength);
        }
    }
}

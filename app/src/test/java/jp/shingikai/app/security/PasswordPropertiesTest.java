package jp.shingikai.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordPropertiesTest {

    @Test
    void aStrengthBCryptCannotUseIsRefusedInJapanese() {
        assertThatThrownBy(() -> new PasswordProperties(3)).hasMessageContaining("4 から 31");
        assertThatThrownBy(() -> new PasswordProperties(32)).hasMessageContaining("4 から 31");
    }

    @Test
    void theHashCarriesTheStrengthItWasMadeWith() {
        String hash = new BCryptPasswordEncoder(new PasswordProperties(5).strength()).encode("demo-soumu");

        assertThat(hash).startsWith("$2a$05$");
        assertThat(new BCryptPasswordEncoder(12).matches("demo-soumu", hash)).as("checked at the hash's own strength").isTrue();
    }
}

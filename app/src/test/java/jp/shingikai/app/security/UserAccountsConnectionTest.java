package jp.shingikai.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Looking a user up takes one connection at a time: with a pool of one, a second connection asked for while the first
 * is held would wait until the pool gives up, as every request did under load when enough of them came at once.
 */
class UserAccountsConnectionTest {

    private final HikariDataSource pool = onePool();

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aUserAndTheirRolesAreReadWithOneConnectionAtATime() {
        // Flyway takes connections of its own.
        Flyway.configure().dataSource(pool.getJdbcUrl(), null, null).load().migrate();
        UserAccounts accounts = new UserAccounts(JdbcClient.create(pool), new BCryptPasswordEncoder(4));
        JdbcClient.create(pool).sql("insert into app_user (username, display_name, password_hash) values ('kensa', '検査 一郎', 'x')").update();
        JdbcClient.create(pool).sql("insert into app_user_role (username, role) values ('kensa', 'VIEWER')").update();

        assertThat(accounts.find("kensa")).get().satisfies(user -> assertThat(user.roles()).containsExactly(Role.VIEWER));
        assertThat(accounts.signedIn("kensa")).isPresent();
        assertThat(accounts.inGroup("VIEWER")).isInstanceOf(List.class);
    }

    private static HikariDataSource onePool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:accounts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(1_000);
        return pool;
    }
}

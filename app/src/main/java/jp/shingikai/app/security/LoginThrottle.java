package jp.shingikai.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins in a row a user name is locked for
 * {@link #LOCK}, whether the attempts came through the login page or the API. Kept in the database, so every
 * application instance sees the same count.
 */
@Component
@RequiredArgsConstructor
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Until when the name is locked, if it is, in Japan time. */
    Optional<ZonedDateTime> lockedUntil(String username) {
        return jdbc.sql("select locked_until from login_attempt where username = ?").param(username)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class))).optional()
                .flatMap(until -> until)
                .filter(until -> until.isAfter(OffsetDateTime.now(clock)))
                .map(until -> until.atZoneSameInstant(clock.getZone()));
    }

    @Transactional
    void failed(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int failures = jdbc.sql("select failures from login_attempt where username = ?").param(username).query(Integer.class)
                .optional().orElse(0) + 1;
        OffsetDateTime lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
        if (jdbc.sql("update login_attempt set failures = ?, last_failure = ?, locked_until = ? where username = ?")
                .params(failures >= MAX_FAILURES ? 0 : failures, now, lockedUntil, username).update() == 0) {
            jdbc.sql("insert into login_attempt (username, failures, last_failure, locked_until) values (?, ?, ?, ?)")
                    .params(username, failures, now, lockedUntil).update();
        }
    }

    void succeeded(String username) {
        jdbc.sql("delete from login_attempt where username = ?").param(username).update();
    }
}

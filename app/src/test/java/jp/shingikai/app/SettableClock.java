package jp.shingikai.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in tests: the real time of Japan, unless a test sets another day (a case submitted before
 * the rules changed). The clock is put back after each test of a {@link DemoApplicationTest}; the workflow engine keeps
 * its own time.
 */
public final class SettableClock extends Clock {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** From now on it is this day, 10 a.m. in Japan, until {@link #reset()}. */
    public void setToday(LocalDate day) {
        fixed.set(day.atTime(LocalTime.of(10, 0)).atZone(JAPAN).toInstant());
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return JAPAN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant day = fixed.get();
        return day != null ? day : Instant.now();
    }

    /** Puts the clock back to today after every test, so that no test leaves its day to the next. */
    static final class BackToToday implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(SettableClock.class).reset();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}

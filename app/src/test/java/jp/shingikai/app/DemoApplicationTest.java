package jp.shingikai.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo council, its users and its database. Every test so marked shares
 * one context. The job executor is off, so that a test runs each timer itself when it moves the clock on and nothing
 * races it. Archives may expand to 64MB only, so that the zip bomb of the upload tests stays small. The application's
 * clock is a {@link SettableClock}, back to today after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"flowable.async-executor-activate=false",
        "shingikai.extraction.max-expanded-size=64MB"})
@ActiveProfiles("demo")
@Import(SettableClock.Configuration.class)
@ExtendWith(SettableClock.BackToToday.class)
public @interface DemoApplicationTest {
}

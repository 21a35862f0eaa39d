package jp.shingikai.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that brings its own application context, database or processes and shares no state with the demo
 * application of {@link DemoApplicationTest}. Such classes run on a second thread, one at a time, while the classes
 * sharing the demo application run on the first (see {@code junit-platform.properties}); on two cores the suite so
 * takes little more than its longer lane.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("own-application")
public @interface OwnApplicationTest {
}

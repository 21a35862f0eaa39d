package jp.shingikai.app.searchengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jp.shingikai.search.engine.EmbeddedSearchEngine;
import jp.shingikai.search.engine.SearchEngineStartException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The supervisor alone, with the engine stood in for: how often it tries, how long it waits, when it stops trying. */
class EngineSupervisorTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final EmbeddedSearchEngine engine = mock(EmbeddedSearchEngine.class);

    @Test
    void aRestartThatKeepsFailingIsTriedAgainAfterDoublingPausesThenGivenUp() {
        when(engine.restart()).thenThrow(new SearchEngineStartException("port in use"));
        EngineSupervisor supervisor = supervisor(3, Duration.ofSeconds(5));

        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.WAITING);
        assertThat(supervisor.check()).as("not again before the pause").isEqualTo(EngineSupervisor.Check.WAITING);
        verify(engine, times(1)).restart();
        later(Duration.ofSeconds(5));
        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.WAITING);
        verify(engine, times(2)).restart();
        later(Duration.ofSeconds(9));
        supervisor.check();
        verify(engine, times(2).description("the second pause is twice the first")).restart();
        later(Duration.ofSeconds(1));
        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.GAVE_UP);
        verify(engine, times(3)).restart();
        later(Duration.ofHours(1));
        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.GAVE_UP);
        verify(engine, times(3)).restart();
    }

    @Test
    void aRestartThatWorksStartsTheCountAgain() {
        when(engine.restart()).thenThrow(new SearchEngineStartException("not yet")).thenReturn(true);
        EngineSupervisor supervisor = supervisor(2, Duration.ofSeconds(5));

        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.WAITING);
        later(Duration.ofSeconds(5));
        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.RESTARTED);
        when(engine.isRunning()).thenReturn(true);
        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.RUNNING);
    }

    @Test
    void anExternalClusterIsNotOurs() {
        EngineSupervisor supervisor = new EngineSupervisor(new StaticListableBeanFactory().getBeanProvider(EmbeddedSearchEngine.class),
                properties(5, Duration.ofSeconds(5)), clock);

        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.EXTERNAL);
    }

    private EngineSupervisor supervisor(int attempts, Duration backoff) {
        when(engine.serverLog()).thenReturn(Path.of("/var/tmp/engine/logs/shingikai.log"));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("engine", engine);
        return new EngineSupervisor(beans.getBeanProvider(EmbeddedSearchEngine.class), properties(attempts, backoff), clock);
    }

    private static EmbeddedSearchProperties properties(int attempts, Duration backoff) {
        return new EmbeddedSearchProperties(Path.of("target/unused"), "512m", Duration.ofSeconds(120), false, attempts, backoff, List.of());
    }

    private void later(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }
}

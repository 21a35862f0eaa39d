package jp.shingikai.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.junit.jupiter.api.Test;

class EmbeddedSearchEngineTest {

    @Test
    void startsARealSingleNodeClusterOnLoopbackThatReportsGreen() throws Exception {
        EmbeddedSearchEngine engine = SharedTestEngine.engine();

        assertThat(engine.isRunning()).isTrue();
        assertThat(engine.httpUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(engine.version()).isEqualTo("8.19.21");
        assertThat(SharedTestEngine.client().cluster().health().status()).isEqualTo(HealthStatus.Green);
        assertThat(engine.serverLog()).exists();
    }

    @Test
    void acquiringTheSameDirectoryAgainSharesTheRunningEngine() {
        EmbeddedSearchEngine first = SharedTestEngine.engine();

        EmbeddedSearchEngine second = EmbeddedSearchEngine.acquire(
                EmbeddedEngineSettings.temporary(Path.of("target/test-search-engine")));
        second.close();

        assertThat(second).isSameAs(first);
        assertThat(first.isRunning()).as("closing one holder leaves the engine to the others").isTrue();
    }

    @Test
    void anEngineThatDiesWhileStartingFailsWithTheLogToRead() {
        // A heap this small makes the engine's JVM refuse to start.
        EmbeddedEngineSettings doomed = new EmbeddedEngineSettings(
                Path.of("target/test-search-engine-doomed"), "1k", Duration.ofSeconds(60), true);

        assertThatThrownBy(() -> EmbeddedSearchEngine.acquire(doomed))
                .isInstanceOf(SearchEngineStartException.class)
                .hasMessageContaining("起動中に終了しました")
                .hasMessageContaining("console.log");
    }

    @Test
    void aTemporaryEngineLeavesNothingBehindWhenItStops() throws Exception {
        EmbeddedSearchEngine engine = EmbeddedSearchEngine.acquire(EmbeddedEngineSettings.temporary(Path.of("target/test-search-engine-once")));
        Path data = engine.dataDirectory();
        assertThat(data).exists();

        engine.close();

        assertThat(data.getParent()).doesNotExist();
    }

    @Test
    void aMalformedHeapSettingIsRejectedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new EmbeddedEngineSettings(Path.of("target/x"), "half a gig", Duration.ofSeconds(1), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ヒープ指定が不正です");
    }
}

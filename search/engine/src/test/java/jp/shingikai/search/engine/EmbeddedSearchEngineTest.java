package jp.shingikai.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
                Path.of("target/test-search-engine-doomed"), "1k", Duration.ofSeconds(60), true, List.of());

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
        assertThatThrownBy(() -> new EmbeddedEngineSettings(Path.of("target/x"), "half a gig", Duration.ofSeconds(1), false, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ヒープ指定が不正です");
        assertThatThrownBy(() -> EmbeddedEngineSettings.defaults(Path.of("target/x")).withJavaOptions(List.of("-Xss1m -Xint")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JVM オプション");
    }

    @Test
    void theJavaOptionsReachTheEnginesJvm() throws Exception {
        HttpResponse<String> jvm = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(SharedTestEngine.engine().httpUri().resolve("/_nodes/_local/jvm")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(jvm.body()).contains(SharedTestEngine.SHORT_LIVED);
    }
}

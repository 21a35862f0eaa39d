package jp.shingikai.app.searchengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/** Kills the engine's processes under a running application; it has its own engine so the others are unharmed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shingikai.search.embedded.directory=target/test-search-engine-killed")
@DirtiesContext
class SearchEngineFailureTest {

    @Autowired
    EmbeddedSearchEngine engine;

    @Autowired
    SearchHealthIndicator searchHealth;

    @Autowired
    TestRestTemplate http;

    @Test
    void healthGoesDownAndNamesTheLogWhenTheEngineProcessIsKilled() throws Exception {
        assertThat(searchHealth.health().getStatus()).isEqualTo(Status.UP);

        engine.processes().forEach(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });

        Health health = searchHealth.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("log", engine.serverLog().toString())
                .containsEntry("error", "組み込み検索エンジンのプロセスが停止しています");

        ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(new ObjectMapper().readTree(response.getBody()).at("/components/search/status").asText())
                .isEqualTo("DOWN");
    }
}

package jp.shingikai.app.searchengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.shingikai.app.Api;
import jp.shingikai.app.FaultReport;
import jp.shingikai.app.precedents.PrecedentIndexer;
import jp.shingikai.app.precedents.RegistryUploads;
import jp.shingikai.app.problems.SearchUnavailableException;
import jp.shingikai.app.registry.RegistryImportService;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Kills the engine's processes under a running application (it has an engine of its own, so the other tests are
 * unharmed): health goes DOWN, a search answers 503 with its reason, 同義語 are saved with a 503 that says so, an import goes on and waits in the outbox, the
 * supervisor starts the engine again, health comes back UP, and once the outbox has drained the index holds exactly
 * the database's entries. The supervisor and the outbox are driven by the test rather than by their timers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "flowable.async-executor-activate=false", "shingikai.search.embedded.directory=target/test-search-engine-killed",
        "shingikai.search.outbox-interval=1h", "shingikai.search.embedded.supervise-interval=1h"})
@ActiveProfiles("demo")
@DirtiesContext
class SearchEngineFailureTest {

    @Autowired
    EmbeddedSearchEngine engine;

    @Autowired
    EngineSupervisor supervisor;

    @Autowired
    SearchHealthIndicator searchHealth;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchOutbox outbox;

    @Autowired
    PrecedentIndexer indexer;

    @Autowired
    RegistryImportService registry;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchIndices indices;

    @Test
    @Tag("fault")
    void aKilledEngineIsStartedAgainAndNothingIsLostMeanwhile() throws Exception {
        assertThat(searchHealth.health().getStatus()).isEqualTo(Status.UP);
        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.RUNNING);

        engine.processes().forEach(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });

        Health down = searchHealth.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("log", engine.serverLog().toString())
                .containsEntry("error", "組み込み検索エンジンのプロセスが停止しています");
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(new ObjectMapper().readTree(health.getBody()).at("/components/search/status").asText()).isEqualTo("DOWN");

        Api viewer = Api.as(http, "etsuran");
        ResponseEntity<JsonNode> refused = viewer.get("/api/precedents/registry?q=" + "蕨市");
        assertThat(refused.getStatusCode()).as("a search while the engine is away").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getBody().path("detail").asText()).isEqualTo(SearchUnavailableException.MESSAGE);
        Api soumu = Api.as(http, "soumu");
        List<String> rules = new ArrayList<>();
        soumu.get("/api/precedents/synonyms").getBody().path("rules").forEach(rule -> rules.add(rule.asText()));
        rules.add("防災ラジオ,戸別受信機");
        ResponseEntity<JsonNode> synonyms = soumu.put("/api/precedents/synonyms", Map.of("rules", rules), null);
        assertThat(synonyms.getStatusCode()).as("同義語 saved while the engine is away").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(synonyms.getBody().path("detail").asText()).startsWith("同義語は保存しましたが");
        assertThat(soumu.get("/api/precedents/synonyms").getBody().path("rules")).extracting(JsonNode::asText)
                .contains("防災ラジオ,戸別受信機");

        RegistryUploads.upload(http, "soumu", "warabi.docx",
                TestDocuments.docx(Fixtures.text("kawaguchi-2014-council-registry-report.txt").replace("川口市", "蕨市")));
        List<Long> entries = registry.entryIds();
        assertThat(entries).as("the import itself does not need the engine").isNotEmpty();
        long queued = outbox.size();
        assertThat(indexer.drain()).isZero();
        assertThat(outbox.size()).as("nothing leaves the outbox while the engine is down").isEqualTo(queued);

        assertThat(supervisor.check()).isEqualTo(EngineSupervisor.Check.RESTARTED);
        assertThat(engine.isRunning()).isTrue();
        assertThat(searchHealth.health().getStatus()).isEqualTo(Status.UP);
        while (outbox.size() > 0) {
            assertThat(indexer.drain()).isPositive();
        }
        indices.count(SearchIndices.REGISTRY);
        Set<String> indexed = new TreeSet<>();
        client.search(s -> s.index(indices.alias(SearchIndices.REGISTRY)).size(10_000).source(src -> src.fetch(false)),
                Void.class).hits().hits().forEach(hit -> indexed.add(hit.id()));
        assertThat(indexed).as("the index holds the database's entries, one by one")
                .isEqualTo(new TreeSet<>(entries.stream().map(String::valueOf).toList()));
        ResponseEntity<JsonNode> found = viewer.get("/api/precedents/registry?q=" + "蕨市");
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody().path("total").asLong()).isPositive();
        FaultReport.row("組み込み検索エンジンの停止（kill -9）", "検索は 503「" + SearchUnavailableException.MESSAGE + "」、取込みと起案は通常どおり",
                "なし（自動で再起動し、索引はデータベースと一件ずつ一致）");
    }
}

package jp.shingikai.app.precedents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.minutes.MinutesService;
import jp.shingikai.app.registry.RegistryImportService;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.search.engine.EmbeddedEngineSettings;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The engine dies in the middle of things: imports go on, nothing is lost, and the outbox drains once it is back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "flowable.async-executor-activate=false", "shingikai.search.embedded.directory=" + SearchOutageTest.ENGINE,
        "shingikai.search.outbox-interval=1h"})
@ActiveProfiles("demo")
@DirtiesContext
class SearchOutageTest {

    static final String ENGINE = "target/test-search-engine-outage";

    @Autowired
    TestRestTemplate http;

    @Autowired
    EmbeddedSearchEngine engine;

    @Autowired
    SearchOutbox outbox;

    @Autowired
    RegistryImportService registry;

    @Autowired
    PrecedentIndexer indexer;

    @Autowired
    ConsultationService consultations;

    @Autowired
    DocumentService documents;

    @Autowired
    MinutesService minutes;

    @Autowired
    SearchDocuments searchDocuments;

    @Autowired
    JsonpMapper jsonp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndices contextIndices;

    @Test
    void anImportDuringAnOutageIsIndexedAfterTheEngineComesBack() throws Exception {
        engine.processes().forEach(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });

        RegistryUploads.upload(http, "soumu", "warabi.docx",
                TestDocuments.docx(Fixtures.text("kawaguchi-2014-council-registry-report.txt").replace("川口市", "蕨市")));
        long entries = jdbc.sql("select count(*) from registry_entry").query(Long.class).single();
        assertThat(entries).as("the import itself does not need the engine").isPositive();
        long queued = outbox.size();
        assertThat(indexer.drain()).isZero();
        assertThat(outbox.size()).as("nothing leaves the outbox while the engine is down").isEqualTo(queued);
        assertThat(jdbc.sql("select max(attempts) from search_outbox").query(Integer.class).single()).isEqualTo(1);

        try (EmbeddedSearchEngine restarted = EmbeddedSearchEngine.acquire(EmbeddedEngineSettings.temporary(Path.of(ENGINE)));
                RestClient rest = RestClient.builder(HttpHost.create(restarted.httpUri().toString())).build()) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, jsonp));
            SearchIndices indices = new SearchIndices(client, contextIndices.prefix());
            PrecedentIndexer afterRestart = new PrecedentIndexer(client, indices, outbox, registry, consultations, documents, minutes,
                    searchDocuments);
            while (outbox.size() > 0) {
                assertThat(afterRestart.drain()).isPositive();
            }
            assertThat(indices.count(SearchIndices.REGISTRY)).as("the index matches the database").isEqualTo(entries);
            assertThat(indices.count(SearchIndices.DOCUMENTS)).as("and the imported file itself is searchable")
                    .isEqualTo(jdbc.sql("select count(*) from registry_import").query(Long.class).single());
        }
    }
}

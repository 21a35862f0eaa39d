package jp.shingikai.search.engine;

import java.nio.file.Path;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** One real engine for all tests of this JVM; the launcher's shutdown hook stops it at the end. */
final class SharedTestEngine {

    private static EmbeddedSearchEngine engine;
    private static ElasticsearchClient client;

    private SharedTestEngine() {
    }

    static synchronized EmbeddedSearchEngine engine() {
        if (engine == null) {
            engine = EmbeddedSearchEngine.acquire(EmbeddedEngineSettings.defaults(Path.of("target/test-search-engine")));
        }
        return engine;
    }

    static synchronized ElasticsearchClient client() {
        if (client == null) {
            RestClient rest = RestClient.builder(HttpHost.create(engine().httpUri().toString())).build();
            client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        }
        return client;
    }
}

package jp.shingikai.search.engine;

import java.nio.file.Path;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** One real engine for all tests of this JVM; the launcher's shutdown hook stops it at the end. */
public final class SharedTestEngine {

    private static EmbeddedSearchEngine engine;
    private static ElasticsearchClient client;

    private SharedTestEngine() {
    }

    public static synchronized EmbeddedSearchEngine engine() {
        if (engine == null) {
            engine = EmbeddedSearchEngine.acquire(EmbeddedEngineSettings.temporary(Path.of("target/test-search-engine")));
        }
        return engine;
    }

    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            RestClient rest = RestClient.builder(HttpHost.create(engine().httpUri().toString())).build();
            ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
        }
        return client;
    }
}

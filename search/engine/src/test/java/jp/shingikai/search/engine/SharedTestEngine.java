package jp.shingikai.search.engine;

import java.nio.file.Path;
import java.util.List;

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

    /**
     * The JVM option of an engine that lives only as long as a test run: no optimising compiler, whose work does not pay
     * for itself in minutes (the app module's engines used 40 % less CPU with it).
     */
    public static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1");

    private static EmbeddedSearchEngine engine;
    private static ElasticsearchClient client;

    private SharedTestEngine() {
    }

    public static synchronized EmbeddedSearchEngine engine() {
        if (engine == null) {
            engine = EmbeddedSearchEngine.acquire(
                    EmbeddedEngineSettings.temporary(Path.of("target/test-search-engine")).withJavaOptions(SHORT_LIVED));
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

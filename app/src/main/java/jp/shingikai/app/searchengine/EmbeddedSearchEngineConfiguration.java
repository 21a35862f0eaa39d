package jp.shingikai.app.searchengine;

import java.util.List;

import jp.shingikai.search.engine.EmbeddedSearchEngine;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the real Elasticsearch bundled with the search module and points Spring Boot's Elasticsearch client at it.
 * A failed start stops the application with the engine's message, which names the log to read.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalSearchClusterAbsent.class)
class EmbeddedSearchEngineConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedSearchEngine embeddedSearchEngine(EmbeddedSearchProperties properties) {
        return EmbeddedSearchEngine.acquire(properties.toSettings());
    }

    @Bean
    ElasticsearchConnectionDetails embeddedSearchConnection(EmbeddedSearchEngine engine) {
        return new EmbeddedConnection(engine);
    }

    private record EmbeddedConnection(EmbeddedSearchEngine engine) implements ElasticsearchConnectionDetails {

        @Override
        public List<Node> getNodes() {
            return List.of(new Node(engine.httpUri().getHost(), engine.httpUri().getPort(), Protocol.HTTP));
        }
    }
}

package jp.shingikai.app.searchengine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code search} component of the actuator health: DOWN when the cluster does not answer or is red, and, for the
 * embedded engine, as soon as its process has gone, with the log file to read.
 */
@Component("search")
@RequiredArgsConstructor
class SearchHealthIndicator implements HealthIndicator {

    private final ElasticsearchClient client;
    private final ObjectProvider<EmbeddedSearchEngine> embedded;

    @Override
    public Health health() {
        EmbeddedSearchEngine engine = embedded.getIfAvailable();
        Health.Builder builder = engine == null ? Health.unknown().withDetail("mode", "external")
                : Health.unknown().withDetail("mode", "embedded").withDetail("pid", engine.pid())
                        .withDetail("log", engine.serverLog().toString());
        if (engine != null && !engine.isRunning()) {
            return builder.down().withDetail("error", "組み込み検索エンジンのプロセスが停止しています").build();
        }
        try {
            HealthResponse cluster = client.cluster().health();
            builder.withDetail("cluster", cluster.clusterName()).withDetail("status", cluster.status().jsonValue());
            return switch (cluster.status()) {
                case Green, Yellow -> builder.up().build();
                default -> builder.down().build();
            };
        } catch (Exception e) {
            return builder.down(e).withDetail("error", "検索エンジンに接続できません").build();
        }
    }
}

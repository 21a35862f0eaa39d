package jp.shingikai.app.system;

import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator, once at start, where the database, the files and the search engine are. */
@Component
@RequiredArgsConstructor
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final StorageProperties storage;
    private final DataSource dataSource;
    private final ElasticsearchConnectionDetails searchConnection;
    private final ObjectProvider<EmbeddedSearchEngine> embeddedEngine;

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("データベース: {}", dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : dataSource);
        log.info("ファイル保管場所: {}", storage.filesDirectory().toAbsolutePath().normalize());
        log.info("検索エンジン: {}", describeSearch());
    }

    private String describeSearch() {
        EmbeddedSearchEngine engine = embeddedEngine.getIfAvailable();
        if (engine != null) {
            return "組み込み Elasticsearch " + engine.version() + " " + engine.httpUri() + " (データ "
                    + engine.dataDirectory() + ", ログ " + engine.serverLog() + ")";
        }
        return "外部クラスタ " + searchConnection.getNodes().stream()
                .map(node -> node.protocol().name().toLowerCase(java.util.Locale.ROOT) + "://" + node.hostname() + ":" + node.port())
                .collect(Collectors.joining(", "));
    }
}

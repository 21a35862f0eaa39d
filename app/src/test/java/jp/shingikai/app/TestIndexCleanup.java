package jp.shingikai.app;

import jakarta.annotation.PreDestroy;
import jp.shingikai.search.index.SearchIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each test context has its own database and therefore its own index prefix on the shared test engine, whose data
 * outlives the build; this removes the context's indices when the context closes.
 */
@Component
class TestIndexCleanup {

    private static final Logger log = LoggerFactory.getLogger(TestIndexCleanup.class);

    private final SearchIndices indices;

    TestIndexCleanup(SearchIndices indices) {
        this.indices = indices;
    }

    @PreDestroy
    void deleteIndices() {
        try {
            indices.deleteAll();
        } catch (Exception e) {
            // At JVM exit the engine may stop first; its data directory is then reused by the next run and the
            // indices, named after a random prefix, are never read again.
            log.info("テスト用索引 {}-* を削除できませんでした: {}", indices.prefix(), e.getMessage());
        }
    }
}

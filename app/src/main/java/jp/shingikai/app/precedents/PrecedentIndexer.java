package jp.shingikai.app.precedents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import jp.shingikai.app.registry.RegistryImportService;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.search.index.RegistryDocument;
import jp.shingikai.search.index.SearchIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database: drains the outbox every few seconds, and rebuilds the index from
 * the database on demand or when it starts empty (a fresh engine, a lost data directory).
 */
@Component
public class PrecedentIndexer {

    private static final Logger log = LoggerFactory.getLogger(PrecedentIndexer.class);
    private static final int BATCH = 200;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final SearchOutbox outbox;
    private final RegistryImportService registry;

    PrecedentIndexer(ElasticsearchClient client, SearchIndices indices, SearchOutbox outbox, RegistryImportService registry) {
        this.client = client;
        this.indices = indices;
        this.outbox = outbox;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void prepareIndex() {
        try {
            indices.ensure(SearchIndices.REGISTRY);
            if (indices.count(SearchIndices.REGISTRY) == 0 && !registry.entryIds().isEmpty()) {
                log.info("検索索引が空のため、データベースから作り直します");
                rebuild();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("検索索引を準備できません（検索の更新は保留され、失われません）: {}", e.getMessage());
        }
    }

    /** Indexes what the outbox holds; on failure the rows stay for the next run. Returns how many were indexed. */
    @Scheduled(fixedDelayString = "${shingikai.search.outbox-interval:2s}")
    public synchronized int drain() {
        List<SearchOutbox.Pending> pending = outbox.next(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Long> ids = pending.stream().map(SearchOutbox.Pending::id).toList();
        String registryAlias = indices.alias(SearchIndices.REGISTRY);
        try {
            indices.ensure(SearchIndices.REGISTRY);
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (SearchOutbox.Pending item : pending) {
                String id = Long.toString(item.documentId());
                Optional<RegistryDocument> document = registry.searchDocument(item.documentId());
                if (document.isPresent()) {
                    bulk.operations(op -> op.index(i -> i.index(registryAlias).id(id).document(document.get())));
                } else {
                    bulk.operations(op -> op.delete(d -> d.index(registryAlias).id(id)));
                }
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IOException(response.items().stream().filter(item -> item.error() != null).findFirst()
                        .map(item -> item.error().reason()).orElse("bulk error"));
            }
            outbox.done(ids);
            return ids.size();
        } catch (IOException | RuntimeException e) {
            outbox.failed(ids, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.warn("検索索引を更新できません（{} 件は次回に再試行します）: {}", ids.size(), e.getMessage());
            return 0;
        }
    }

    /** Builds a new index from the database and switches the alias to it: searches continue meanwhile. */
    public synchronized long rebuild() throws IOException {
        List<Long> entries = registry.entryIds();
        return indices.rebuild(SearchIndices.REGISTRY, index -> {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            List<Long> indexed = new ArrayList<>();
            for (long entryId : entries) {
                registry.searchDocument(entryId).ifPresent(document -> {
                    bulk.operations(op -> op.index(i -> i.index(index).id(Long.toString(entryId)).document(document)));
                    indexed.add(entryId);
                });
            }
            return indexed.isEmpty() ? new BulkRequest.Builder().operations(List.of()).build() : bulk.build();
        });
    }
}

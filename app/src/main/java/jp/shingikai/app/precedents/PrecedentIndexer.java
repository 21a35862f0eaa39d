package jp.shingikai.app.precedents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.registry.RegistryImportService;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.search.index.SearchIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the search indices in step with the database: drains the outbox every few seconds, and rebuilds an index from
 * the database on demand or when it starts empty (a fresh engine, a lost data directory).
 */
@Component
public class PrecedentIndexer {

    private static final Logger log = LoggerFactory.getLogger(PrecedentIndexer.class);
    private static final int BATCH = 200;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final SearchOutbox outbox;
    /** Outbox document type → the index family it goes to and how to read it from the database. */
    private final Map<String, Source> sources;

    PrecedentIndexer(ElasticsearchClient client, SearchIndices indices, SearchOutbox outbox, RegistryImportService registry,
            ConsultationService consultations) {
        this.client = client;
        this.indices = indices;
        this.outbox = outbox;
        this.sources = Map.of(
                SearchOutbox.REGISTRY_ENTRY, new Source(SearchIndices.REGISTRY, registry::entryIds, id -> registry.searchDocument(id)),
                SearchOutbox.CONSULTATION, new Source(SearchIndices.CONSULTATIONS, consultations::consultationIds,
                        id -> consultations.searchDocument(id)));
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void prepareIndices() {
        for (Source source : sources.values()) {
            try {
                indices.ensure(source.family());
                if (indices.count(source.family()) == 0 && !source.ids().get().isEmpty()) {
                    log.info("検索索引 {} が空のため、データベースから作り直します", source.family());
                    rebuild(source);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("検索索引 {} を準備できません（検索の更新は保留され、失われません）: {}", source.family(), e.getMessage());
            }
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
        try {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (SearchOutbox.Pending item : pending) {
                Source source = sources.get(item.documentType());
                indices.ensure(source.family());
                String alias = indices.alias(source.family());
                String id = Long.toString(item.documentId());
                Optional<?> document = source.document().apply(item.documentId());
                if (document.isPresent()) {
                    bulk.operations(op -> op.index(i -> i.index(alias).id(id).document(document.get())));
                } else {
                    bulk.operations(op -> op.delete(d -> d.index(alias).id(id)));
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

    /** Builds new indices from the database and switches their aliases: searches continue meanwhile. */
    public synchronized long rebuild() throws IOException {
        long indexed = 0;
        for (Source source : sources.values()) {
            indexed += rebuild(source);
        }
        return indexed;
    }

    private long rebuild(Source source) throws IOException {
        List<Long> ids = source.ids().get();
        return indices.rebuild(source.family(), index -> {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            List<Long> indexed = new ArrayList<>();
            for (long id : ids) {
                source.document().apply(id).ifPresent(document -> {
                    bulk.operations(op -> op.index(i -> i.index(index).id(Long.toString(id)).document(document)));
                    indexed.add(id);
                });
            }
            return indexed.isEmpty() ? new BulkRequest.Builder().operations(List.of()).build() : bulk.build();
        });
    }

    private record Source(String family, Supplier<List<Long>> ids, LongFunction<Optional<?>> document) {
    }
}

package jp.shingikai.app.precedents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.minutes.MinutesService;
import jp.shingikai.app.registry.RegistryImportService;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.app.system.SubjectType;
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
    private final DocumentService documents;
    /** Outbox document type → the index family it goes to and how to read it from the database. */
    private final Map<SearchOutbox.Document, Source> sources;

    PrecedentIndexer(ElasticsearchClient client, SearchIndices indices, SearchOutbox outbox, RegistryImportService registry,
            ConsultationService consultations, DocumentService documents, MinutesService minutes, PublishedCases publishedCases,
            SearchDocuments searchDocuments) {
        this.client = client;
        this.indices = indices;
        this.outbox = outbox;
        this.documents = documents;
        this.sources = new EnumMap<>(Map.of(
                SearchOutbox.Document.REGISTRY_ENTRY, new Source(SearchIndices.REGISTRY, "", registry::entryIds, registry::searchDocument),
                SearchOutbox.Document.CONSULTATION, new Source(SearchIndices.CONSULTATIONS, "", consultations::consultationIds,
                        searchDocuments::consultation),
                SearchOutbox.Document.PUBLISHED_CASE, new Source(SearchIndices.CONSULTATIONS, "published-", publishedCases::ids,
                        searchDocuments::publishedCase),
                SearchOutbox.Document.PAPER, new Source(SearchIndices.DOCUMENTS, "paper-", documents::paperIds, searchDocuments::paper),
                SearchOutbox.Document.IMPORTED_FILE, new Source(SearchIndices.DOCUMENTS, "import-", registry::importIds,
                        registry::searchPaper),
                SearchOutbox.Document.PUBLIC_MINUTES, new Source(SearchIndices.PUBLIC, "minutes-", minutes::publishedIds,
                        searchDocuments::publishedMinutes)));
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void prepareIndices() {
        for (Map.Entry<String, List<Source>> family : families().entrySet()) {
            try {
                indices.ensure(family.getKey());
                if (!indices.isCurrent(family.getKey())) {
                    log.info("検索索引 {} の定義が更新されたため、データベースから作り直します", family.getKey());
                    rebuild(family.getKey(), family.getValue());
                } else if (indices.count(family.getKey()) == 0
                        && family.getValue().stream().anyMatch(source -> !source.ids().get().isEmpty())) {
                    log.info("検索索引 {} が空のため、データベースから作り直します", family.getKey());
                    rebuild(family.getKey(), family.getValue());
                }
            } catch (IOException | RuntimeException e) {
                log.warn("検索索引 {} を準備できません（検索の更新は保留され、失われません）: {}", family.getKey(), e.getMessage());
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
                write(bulk, item.document(), item.documentId());
                if (item.document() == SearchOutbox.Document.CONSULTATION) {
                    // A case's papers are found only while the case is: they carry its status.
                    documents.paperIds(SubjectType.CONSULTATION, item.documentId())
                            .forEach(paper -> write(bulk, SearchOutbox.Document.PAPER, paper));
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

    private void write(BulkRequest.Builder bulk, SearchOutbox.Document type, long documentId) {
        Source source = sources.get(type);
        try {
            indices.ensure(source.family());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String alias = indices.alias(source.family());
        String id = source.idPrefix() + documentId;
        Optional<?> document = source.document().apply(documentId);
        if (document.isPresent()) {
            bulk.operations(op -> op.index(i -> i.index(alias).id(id).document(document.get())));
        } else {
            bulk.operations(op -> op.delete(d -> d.index(alias).id(id)));
        }
    }

    /** Builds new indices from the database and switches their aliases: searches continue meanwhile. */
    public synchronized long rebuild() throws IOException {
        long indexed = 0;
        for (Map.Entry<String, List<Source>> family : families().entrySet()) {
            indexed += rebuild(family.getKey(), family.getValue());
        }
        return indexed;
    }

    private long rebuild(String family, List<Source> familySources) throws IOException {
        // Read from the database as the bulk requests are sent, not all at once.
        return indices.rebuild(family, index -> familySources.stream().flatMap(source -> source.ids().get().stream()
                .flatMap(id -> source.document().apply(id).stream().map(document -> BulkOperation.of(op -> op.index(i -> i.index(index)
                        .id(source.idPrefix() + id).document(document)))))));
    }

    private Map<String, List<Source>> families() {
        Map<String, List<Source>> families = new TreeMap<>();
        sources.values().forEach(source -> families.computeIfAbsent(source.family(), family -> new ArrayList<>()).add(source));
        return families;
    }

    /** @param idPrefix tells apart, within one index, documents that come from different tables */
    private record Source(String family, String idPrefix, Supplier<List<Long>> ids, LongFunction<Optional<?>> document) {
    }
}

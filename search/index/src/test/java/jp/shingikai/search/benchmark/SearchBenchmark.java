package jp.shingikai.search.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jp.shingikai.search.engine.EmbeddedEngineSettings;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.query.ConsultationSearch;
import jp.shingikai.search.query.PaperSearch;
import jp.shingikai.search.query.RegistrySearch;
import jp.shingikai.search.query.SimilarConsultations;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * The precedent searches at a real size — 100,000 registry entries, 10,000 consultations, 20,000 papers, from
 * {@link SyntheticCorpus} — on the real embedded engine. Prints the build of each index through the application's
 * rebuild next to a bare bulk of the same documents, the index sizes and the engine's heap, and p50, p95 and p99 of
 * each search (registry with its facets, consultations, papers, similar cases) next to the bare query on the same
 * index, in the same run.
 */
public final class SearchBenchmark {

    private static final int REGISTRY = Integer.getInteger("registry", 100_000);
    private static final int CONSULTATIONS = Integer.getInteger("consultations", 10_000);
    private static final int PAPERS = Integer.getInteger("papers", 20_000);
    private static final int WARM_UP = 100;
    private static final int QUERIES = 500;
    private static final int BARE_BATCH = 1000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        SyntheticCorpus corpus = new SyntheticCorpus();
        try (EmbeddedSearchEngine engine = EmbeddedSearchEngine.acquire(EmbeddedEngineSettings.temporary(Path.of("target/benchmark-engine")));
                RestClient rest = RestClient.builder(HttpHost.create(engine.httpUri().toString())).build()) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
            SearchIndices indices = new SearchIndices(client, "benchmark", () -> List.of("マイナンバー, 個人番号", "国保, 国民健康保険"));
            SearchIndices bare = new SearchIndices(client, "bare", () -> List.of("マイナンバー, 個人番号", "国保, 国民健康保険"));
            indices.deleteAll();
            bare.deleteAll();

            build(client, indices, bare, SearchIndices.REGISTRY, REGISTRY, () -> corpus.registry(REGISTRY));
            build(client, indices, bare, SearchIndices.CONSULTATIONS, CONSULTATIONS, () -> corpus.consultations(CONSULTATIONS));
            build(client, indices, bare, SearchIndices.DOCUMENTS, PAPERS, () -> corpus.papers(PAPERS));
            long heap = client.nodes().stats(s -> s.metric("jvm")).nodes().values().iterator().next().jvm().mem().heapUsedInBytes();
            System.out.printf("engine heap in use after building: %d MB%n", heap / 1024 / 1024);

            List<String> queries = corpus.queries(QUERIES);
            String registry = indices.alias(SearchIndices.REGISTRY);
            String consultations = indices.alias(SearchIndices.CONSULTATIONS);
            String papers = indices.alias(SearchIndices.DOCUMENTS);
            RegistrySearch registrySearch = new RegistrySearch(client);
            ConsultationSearch consultationSearch = new ConsultationSearch(client);
            PaperSearch paperSearch = new PaperSearch(client);
            SimilarConsultations similar = new SimilarConsultations(client);
            compare("registry (facets)", queries,
                    q -> registrySearch.search(registry, new RegistrySearch.Criteria(q, null, null, null, null, null, false, 0)),
                    q -> client.search(s -> s.index(registry).size(RegistrySearch.PAGE_SIZE).query(m -> m.match(t -> t.field("body").query(q))), Void.class));
            // What the registry search does beyond the bare query, one part at a time, to tell where its time goes.
            compare("  bare + facets", queries,
                    q -> client.search(s -> s.index(registry).size(RegistrySearch.PAGE_SIZE).query(m -> m.match(t -> t.field("body").query(q)))
                            .aggregations("municipality", a -> a.terms(t -> t.field("municipality").size(30)))
                            .aggregations("department", a -> a.terms(t -> t.field("department").size(30)))
                            .aggregations("kind", a -> a.terms(t -> t.field("kinds").size(30)))
                            .aggregations("year", a -> a.terms(t -> t.field("years").size(30)))
                            .aggregations("era", a -> a.terms(t -> t.field("register").size(30))), Void.class),
                    q -> client.search(s -> s.index(registry).size(RegistrySearch.PAGE_SIZE).query(m -> m.match(t -> t.field("body").query(q))), Void.class));
            compare("  bare + highlight", queries,
                    q -> client.search(s -> s.index(registry).size(RegistrySearch.PAGE_SIZE).query(m -> m.match(t -> t.field("body").query(q)))
                            .highlight(h -> h.fields("body", f -> f)), Void.class),
                    q -> client.search(s -> s.index(registry).size(RegistrySearch.PAGE_SIZE).query(m -> m.match(t -> t.field("body").query(q))), Void.class));
            compare("consultations", queries,
                    q -> consultationSearch.search(consultations, new ConsultationSearch.Criteria(q, null, null, null, null, null, null, false, 0),
                            List.of()),
                    q -> client.search(s -> s.index(consultations).size(RegistrySearch.PAGE_SIZE).query(m -> m.match(t -> t.field("body").query(q))),
                            Void.class));
            compare("papers", queries,
                    q -> paperSearch.search(papers, new PaperSearch.Criteria(q, null, null, null, null, false, 0), List.of()),
                    q -> client.search(s -> s.index(papers).size(RegistrySearch.PAGE_SIZE).query(m -> m.match(t -> t.field("body").query(q))), Void.class));
            List<String> drafts = corpus.consultations(QUERIES).map(draft -> draft.title() + " " + draft.body()).toList();
            compare("similar cases", drafts,
                    text -> similar.find(consultations, text, List.of(), null, List.of(), 5),
                    text -> client.search(s -> s.index(consultations).size(5).query(q -> q.moreLikeThis(mlt -> mlt.fields("title", "body")
                            .like(l -> l.text(text)).minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("20%"))), Void.class));
            indices.deleteAll();
            bare.deleteAll();
        }
    }

    /** The application's rebuild of an index family next to a bare bulk of the same documents into an index alike. */
    private static void build(ElasticsearchClient client, SearchIndices indices, SearchIndices bare, String family, int count,
            DocumentSource documents) throws IOException {
        long start = System.nanoTime();
        indices.ensure(family);
        AtomicLong ids = new AtomicLong();
        indices.rebuild(family, index -> documents.stream().map(document -> index(index, ids.incrementAndGet(), document)));
        double ours = (System.nanoTime() - start) / 1e9;

        bare.ensure(family);
        String bareIndex = bare.alias(family);
        start = System.nanoTime();
        List<BulkOperation> batch = new ArrayList<>();
        Iterator<?> all = documents.stream().iterator();
        long id = 0;
        while (all.hasNext()) {
            batch.add(index(bareIndex, ++id, all.next()));
            if (batch.size() == BARE_BATCH || !all.hasNext()) {
                List<BulkOperation> sent = List.copyOf(batch);
                client.bulk(b -> b.operations(sent));
                batch.clear();
            }
        }
        client.indices().refresh(r -> r.index(bareIndex));
        double baseline = (System.nanoTime() - start) / 1e9;
        long size = client.indices().stats(s -> s.index(indices.alias(family))).all().primaries().store().sizeInBytes();
        System.out.printf("%-13s %,7d documents: rebuild %5.1f s, bare bulk %5.1f s (throughput ratio %.2f), index %,d MB%n", family,
                count, ours, baseline, baseline / ours, size / 1024 / 1024);
    }

    /** Numbered as the application numbers them: the searches read a case's id from its document's. */
    private static BulkOperation index(String index, long id, Object document) {
        return BulkOperation.of(op -> op.index(i -> i.index(index).id(Long.toString(id)).document(document)));
    }

    private static void compare(String label, List<String> queries, Query ours, Query bareQuery) throws Exception {
        double[] app = latencies(queries, ours);
        double[] plain = latencies(queries, bareQuery);
        System.out.printf("%-18s p50 %6.1f  p95 %6.1f  p99 %6.1f ms   bare p50 %6.1f  p95 %6.1f  p99 %6.1f ms   ratio p95 %.2f%n", label,
                app[0], app[1], app[2], plain[0], plain[1], plain[2], app[1] / plain[1]);
    }

    private static double[] latencies(List<String> queries, Query query) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            query.run(queries.get(i % queries.size()));
        }
        List<Double> millis = new ArrayList<>();
        for (String q : queries) {
            long start = System.nanoTime();
            query.run(q);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[(int) (sorted.length * 0.99)]};
    }

    @FunctionalInterface
    private interface DocumentSource {
        Stream<?> stream();
    }

    @FunctionalInterface
    private interface Query {
        Object run(String query) throws Exception;
    }
}

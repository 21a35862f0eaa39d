package jp.shingikai.search.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jp.shingikai.search.engine.EmbeddedEngineSettings;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import jp.shingikai.search.importers.ImporterSelection;
import jp.shingikai.search.importers.RegistryRow;
import jp.shingikai.search.index.RegistryDocument;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.query.RegistrySearch;
import jp.shingikai.search.testing.Fixtures;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * Search latency of the precedent search (facets, highlights, filters) next to a bare match query on the same index
 * of the three fixtures' rows, on the real embedded engine. Prints p50 and p95 and their ratios.
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 50;
    private static final int QUERIES = 300;
    private static final List<String> TERMS = List.of("収集する", "住民基本台帳", "介護保険", "目的外利用", "オンライン結合", "給付金");

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try (EmbeddedSearchEngine engine = EmbeddedSearchEngine.acquire(EmbeddedEngineSettings.temporary(Path.of("target/benchmark-engine")));
                RestClient rest = RestClient.builder(HttpHost.create(engine.httpUri().toString())).build()) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
            SearchIndices indices = new SearchIndices(client, "benchmark");
            indices.deleteAll();
            indices.ensure(SearchIndices.REGISTRY);
            String alias = indices.alias(SearchIndices.REGISTRY);
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            int id = 0;
            for (String fixture : List.of("kawaguchi-2014-council-registry-report.txt", "mitaka-2021-privacy-system-report.txt",
                    "kodaira-2022-council-consultation-packet.txt")) {
                String text = Fixtures.text(fixture);
                for (RegistryRow row : ImporterSelection.standard().select(text).orElseThrow().read(text, fixture).rows()) {
                    RegistryDocument document = new RegistryDocument(row.municipality(), "OPERATION", row.department(),
                            row.subject(), "ACTIVE", List.of(row.kind().name()), String.join("\n", row.fields().values()),
                            row.date(), row.dateText(), row.date() == null ? List.of() : List.of(row.date().getYear()), List.of(), List.of());
                    String docId = Integer.toString(++id);
                    bulk.operations(op -> op.index(i -> i.index(alias).id(docId).document(document)));
                }
            }
            client.bulk(bulk.build());
            System.out.printf("indexed %d documents%n", indices.count(SearchIndices.REGISTRY));

            RegistrySearch search = new RegistrySearch(client);
            double[] ours = latencies(i -> search.search(alias, new RegistrySearch.Criteria(TERMS.get(i % TERMS.size()), null, null,
                    null, null, null, false, 0)));
            double[] bare = latencies(i -> client.search(s -> s.index(alias).size(RegistrySearch.PAGE_SIZE)
                    .query(q -> q.match(m -> m.field("body").query(TERMS.get(i % TERMS.size())))), Void.class));
            System.out.printf("precedent search p50 %6.2f ms  p95 %6.2f ms%n", ours[0], ours[1]);
            System.out.printf("bare match query p50 %6.2f ms  p95 %6.2f ms%n", bare[0], bare[1]);
            System.out.printf("ratio            p50 %6.2f     p95 %6.2f%n", ours[0] / bare[0], ours[1] / bare[1]);
            indices.deleteAll();
        }
    }

    private static double[] latencies(Query query) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            query.run(i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            query.run(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)]};
    }

    @FunctionalInterface
    private interface Query {
        Object run(int i) throws Exception;
    }
}

package jp.shingikai.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.search.index.RegistryDocument;

/**
 * 先例検索 over a registry index: Japanese full text with AND / OR / NOT and "phrases" (phrases also matched on the
 * character-bigram subfields, which keep them exact), filters, facet counts and highlighted snippets.
 */
public final class RegistrySearch {

    public static final int PAGE_SIZE = 20;
    private static final Map<String, String> FACETS = Map.of("municipality", "municipality", "department", "department",
            "kind", "kinds", "year", "years");

    private final ElasticsearchClient client;

    public RegistrySearch(ElasticsearchClient client) {
        this.client = client;
    }

    public Result search(String alias, Criteria criteria) throws IOException {
        SearchResponse<RegistryDocument> response = client.search(s -> {
            s.index(alias).from(criteria.page() * PAGE_SIZE).size(PAGE_SIZE)
                    .query(q -> q.bool(b -> filtered(b, criteria)))
                    .highlight(h -> h.preTags("【").postTags("】")
                            .fields("body", f -> f.numberOfFragments(2).fragmentSize(80))
                            .fields("operationName", f -> f.numberOfFragments(0)));
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(30))));
            if (criteria.byDate()) {
                s.sort(o -> o.field(f -> f.field("effectiveOn").order(SortOrder.Desc).missing("_last")));
            }
            return s;
        }, RegistryDocument.class);
        List<Match> matches = new ArrayList<>();
        for (Hit<RegistryDocument> hit : response.hits().hits()) {
            matches.add(new Match(Long.parseLong(hit.id()), hit.source(), hit.highlight()));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : List.of("municipality", "department", "kind", "year")) {
            Aggregate aggregate = response.aggregations().get(name);
            Map<String, Long> counts = new LinkedHashMap<>();
            if (aggregate.isSterms()) {
                aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
            } else if (aggregate.isLterms()) {
                aggregate.lterms().buckets().array().forEach(b -> counts.put(Long.toString(b.key()), b.docCount()));
            }
            facets.put(name, counts);
        }
        return new Result(response.hits().total().value(), matches, facets);
    }

    private static BoolQuery.Builder filtered(BoolQuery.Builder bool, Criteria criteria) {
        String text = JapaneseText.clean(criteria.query());
        if (!text.isEmpty()) {
            bool.must(m -> m.queryString(q -> q.query(text).fields("operationName^3", "body", "department.text", "recipients")
                    .quoteFieldSuffix(".bigram").defaultOperator(Operator.And)));
        }
        term(bool, "municipality", criteria.municipality());
        term(bool, "department", criteria.department());
        term(bool, "kinds", criteria.kind());
        if (criteria.year() != null) {
            bool.filter(f -> f.term(t -> t.field("years").value(criteria.year())));
        }
        return bool;
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(JapaneseText.clean(value)))));
        }
    }

    /**
     * What to search for; blank values and a null year do not filter; page counts from 0.
     *
     * @param year   the Western year the entry's dates fall in
     * @param byDate newest first instead of best match first
     */
    public record Criteria(String query, String municipality, String department, String kind, Integer year, boolean byDate,
            int page) {
    }

    public record Match(long entryId, RegistryDocument entry, Map<String, List<String>> highlights) {
    }

    public record Result(long total, List<Match> matches, Map<String, Map<String, Long>> facets) {
    }
}

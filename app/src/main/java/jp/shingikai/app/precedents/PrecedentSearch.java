package jp.shingikai.app.precedents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.search.index.RegistryDocument;
import jp.shingikai.search.index.SearchIndices;
import org.springframework.stereotype.Service;

/**
 * 先例検索 over the registries: Japanese full text with AND / OR / NOT and "phrases", filters by municipality,
 * department, kind and year (和暦 or 西暦), facets counting each, and highlighted snippets.
 */
@Service
public class PrecedentSearch {

    private static final int PAGE_SIZE = 20;
    private static final Map<String, String> FACETS = Map.of("municipality", "municipality", "department", "department",
            "kind", "kinds", "year", "years");

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    PrecedentSearch(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    public Result search(Criteria criteria) {
        Optional<Integer> year = year(criteria.year());
        try {
            SearchResponse<RegistryDocument> response = client.search(s -> {
                s.index(indices.alias(SearchIndices.REGISTRY)).from(criteria.page() * PAGE_SIZE).size(PAGE_SIZE)
                        .query(q -> q.bool(b -> filtered(b, criteria, year)))
                        .highlight(h -> h.preTags("【").postTags("】")
                                .fields("body", f -> f.numberOfFragments(2).fragmentSize(80))
                                .fields("operationName", f -> f.numberOfFragments(0)));
                FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(30))));
                if ("date".equals(criteria.sort())) {
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
        } catch (IOException e) {
            throw new UncheckedIOException("検索エンジンに接続できません", e);
        }
    }

    private static BoolQuery.Builder filtered(BoolQuery.Builder bool, Criteria criteria, Optional<Integer> year) {
        String text = JapaneseText.clean(criteria.query());
        if (!text.isEmpty()) {
            // Words match by morpheme and base form; quoted phrases also by character bigrams, which keep them exact
            // where the morphological analysis would split the phrase differently in and out of context.
            bool.must(m -> m.queryString(q -> q.query(text).fields("operationName^3", "body", "department.text", "recipients")
                    .quoteFieldSuffix(".bigram").defaultOperator(Operator.And)));
        }
        term(bool, "municipality", criteria.municipality());
        term(bool, "department", criteria.department());
        term(bool, "kinds", criteria.kind());
        year.ifPresent(y -> bool.filter(f -> f.term(t -> t.field("years").value(y))));
        return bool;
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(JapaneseText.clean(value)))));
        }
    }

    /** 令和3年, 令和3年度, R3 and 2021 all name 2021. */
    static Optional<Integer> year(String text) {
        String value = JapaneseText.clean(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.matches("\\d{4}年?")) {
            return Optional.of(Integer.parseInt(value.substring(0, 4)));
        }
        return Optional.of(Wareki.parseYear(value).orElseThrow(() -> new InvalidInputException("/year", "年",
                "「" + text + "」は年として読めません。例: 令和3年、2021")));
    }

    /** What to search for; blank values do not filter. page counts from 0; sort is "relevance" or "date". */
    public record Criteria(String query, String municipality, String department, String kind, String year, String sort,
            int page) {
    }

    public record Match(long entryId, RegistryDocument entry, Map<String, List<String>> highlights) {
    }

    public record Result(long total, List<Match> matches, Map<String, Map<String, Long>> facets) {
    }
}

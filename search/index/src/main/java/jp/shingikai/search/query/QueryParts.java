package jp.shingikai.search.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jp.shingikai.japanese.JapaneseText;

/** What the precedent searches share: the Japanese text query, keyword filters and facet counts. */
final class QueryParts {

    /** The subfield that indexes a text field by character bigrams, for exact phrases. */
    private static final String BIGRAM = ".bigram";

    private QueryParts() {
    }

    /** AND / OR / NOT and "phrases"; phrases also on the fields' character-bigram subfields, which keep them exact. */
    static void text(BoolQuery.Builder bool, String query, String... fields) {
        text(bool, query, true, fields);
    }

    /**
     * Each word may match in any of the fields: a name's word in the title and a purpose's in the body (固定資産税
     * 目的外利用). Japanese is not split on spaces by the analyzer, so without cross_fields the whole query would have
     * to match within one field.
     *
     * @param everyTerm every word must match (the default); otherwise any may, the best partial matches first
     */
    static void text(BoolQuery.Builder bool, String query, boolean everyTerm, String... fields) {
        String text = JapaneseText.clean(query);
        if (!text.isEmpty()) {
            bool.must(m -> m.queryString(q -> q.query(text).fields(List.of(fields)).quoteFieldSuffix(BIGRAM)
                    .type(TextQueryType.CrossFields).defaultOperator(everyTerm ? Operator.And : Operator.Or)));
        }
    }

    /** Ranks higher what has one of the query's plain words, whole and in order, in the field (a name it carries). */
    static void wordsNaming(BoolQuery.Builder bool, String query, String field, float boost) {
        String text = JapaneseText.clean(query);
        if (text.isEmpty() || text.contains("\"")) {
            return;
        }
        for (String word : text.split("\\s+")) {
            if (!word.matches("AND|OR|NOT") && !word.startsWith("-")) {
                bool.should(s -> s.matchPhrase(p -> p.field(field).query(word).boost(boost)));
            }
        }
    }

    /**
     * Whether a query that found nothing may be asked again with any of its words: several plain words, with no
     * operator or phrase of the person's own (those say exactly what they want).
     */
    static boolean widens(String query) {
        String text = JapaneseText.clean(query);
        return text.contains(" ") && !text.contains("\"") && !text.matches(".*\\b(AND|OR|NOT)\\b.*");
    }

    /** Fields and the values they must have, alternating, in order; a null or blank value does not filter. */
    static Map<String, Object> filters(Object... fieldsAndValues) {
        Map<String, Object> filters = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            filters.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return filters;
    }

    private static void term(BoolQuery.Builder bool, String field, Object value) {
        if (value instanceof Integer number) {
            term(bool, field, number);
        } else {
            term(bool, field, (String) value);
        }
    }

    static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(JapaneseText.clean(value)))));
        }
    }

    static void term(BoolQuery.Builder bool, String field, Integer value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    /**
     * Asks for snippets with the matches in 【】, from each field and from its bigram subfield (where a "phrase"
     * matched); {@code wholeFields} come back whole rather than cut into snippets. A field shown as snippets stays in the
     * index: a hit does not carry its whole text (at 100,000 entries, reading the bodies of a page cost more than
     * finding them).
     */
    static void highlight(SearchRequest.Builder search, List<String> snippetFields, List<String> wholeFields) {
        search.source(src -> src.filter(f -> f.excludes(snippetFields)));
        search.highlight(h -> {
            h.preTags("【").postTags("】");
            for (String field : snippetFields) {
                h.fields(field, f -> f.numberOfFragments(2).fragmentSize(80));
                h.fields(field + BIGRAM, f -> f.numberOfFragments(2).fragmentSize(80));
            }
            for (String field : wholeFields) {
                h.fields(field, f -> f.numberOfFragments(0));
                h.fields(field + BIGRAM, f -> f.numberOfFragments(0));
            }
            return h;
        });
    }

    /** The snippets by field; a bigram subfield's count as its field's when the field itself had none. */
    static Map<String, List<String>> highlights(Map<String, List<String>> snippets) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        snippets.forEach((field, values) -> {
            if (!field.endsWith(BIGRAM)) {
                byField.put(field, values);
            }
        });
        snippets.forEach((field, values) -> {
            if (field.endsWith(BIGRAM)) {
                byField.putIfAbsent(field.substring(0, field.length() - BIGRAM.length()), values);
            }
        });
        return byField;
    }

    /** Facet names and the fields they count, alternating, as an ordered map. */
    static Map<String, String> facetFields(String... namesAndFields) {
        Map<String, String> facets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFields.length; i += 2) {
            facets.put(namesAndFields[i], namesAndFields[i + 1]);
        }
        return facets;
    }

    /** Asks for a count of each value of each facet field (facet name → field). */
    static void facets(SearchRequest.Builder search, Map<String, String> facets) {
        facets.forEach((name, field) -> search.aggregations(name, a -> a.terms(t -> t.field(field).size(30))));
    }

    /** The counts, facet by facet, in the order the facets were given. */
    static Map<String, Map<String, Long>> facets(SearchResponse<?> response, Map<String, String> facets) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String name : facets.keySet()) {
            Aggregate aggregate = response.aggregations().get(name);
            Map<String, Long> values = new LinkedHashMap<>();
            if (aggregate.isSterms()) {
                aggregate.sterms().buckets().array().forEach(b -> values.put(b.key().stringValue(), b.docCount()));
            } else if (aggregate.isLterms()) {
                aggregate.lterms().buckets().array().forEach(b -> values.put(Long.toString(b.key()), b.docCount()));
            }
            counts.put(name, values);
        }
        return counts;
    }

    /**
     * One page of the title-and-body search that the consultations and papers share: the words (every one, or any),
     * the keyword filters (field → value, see {@link #filters}), no document of a hidden status, body snippets, the facet counts, and the newest
     * first by the given field where the person asked for that (null: by relevance).
     */
    static <D> SearchResponse<D> titleAndBody(ElasticsearchClient client, String alias, int page, String query, boolean everyTerm,
            Map<String, Object> filters, List<String> hiddenStatuses, Map<String, String> facets, String newestFirstBy,
            Class<D> type) throws IOException {
        return client.search(s -> {
            s.index(alias).from(page * RegistrySearch.PAGE_SIZE).size(RegistrySearch.PAGE_SIZE)
                    .query(q -> q.bool(b -> {
                        text(b, query, everyTerm, "title^3", "body");
                        filters.forEach((field, value) -> term(b, field, value));
                        hiddenStatuses.forEach(status -> b.mustNot(n -> n.term(t -> t.field("status").value(status))));
                        return b;
                    }));
            highlight(s, List.of("body"), List.of());
            facets(s, facets);
            if (newestFirstBy != null) {
                s.sort(o -> o.field(f -> f.field(newestFirstBy).order(SortOrder.Desc).missing("_last")));
            }
            return s;
        }, type);
    }
}

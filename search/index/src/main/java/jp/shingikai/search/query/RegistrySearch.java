package jp.shingikai.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.search.index.RegistryDocument;
import lombok.RequiredArgsConstructor;

/**
 * 先例検索 over a registry index: Japanese full text with AND / OR / NOT and "phrases" (phrases also matched on the
 * character-bigram subfields, which keep them exact), filters, facet counts and highlighted snippets.
 */
@RequiredArgsConstructor
public final class RegistrySearch {

    public static final int PAGE_SIZE = 20;
    private static final Map<String, String> FACETS = QueryParts.facetFields("era", "register", "municipality",
            "municipality", "department", "department", "kind", "kinds", "year", "years");

    private final ElasticsearchClient client;

    /** One page of the registry entries that match: every word, else any ({@link Found#everyWordElseAny}). */
    public Found<Match> search(String alias, Criteria criteria) throws IOException {
        return Found.everyWordElseAny(criteria.query(), everyWord -> run(alias, criteria, everyWord));
    }

    private Found<Match> run(String alias, Criteria criteria, boolean everyWord) throws IOException {
        SearchResponse<RegistryDocument> response = client.search(s -> {
            s.index(alias).from(criteria.page() * PAGE_SIZE).size(PAGE_SIZE)
                    .query(q -> q.bool(b -> filtered(b, criteria, everyWord)));
            QueryParts.highlight(s, List.of("body"), List.of("operationName"));
            QueryParts.facets(s, FACETS);
            if (criteria.byDate()) {
                s.sort(o -> o.field(f -> f.field("effectiveOn").order(SortOrder.Desc).missing("_last")));
            }
            return s;
        }, RegistryDocument.class);
        List<Match> matches = new ArrayList<>();
        for (Hit<RegistryDocument> hit : response.hits().hits()) {
            matches.add(new Match(Long.parseLong(hit.id()), hit.source(), QueryParts.highlights(hit.highlight())));
        }
        return Found.of(response, matches, FACETS);
    }

    /** A word that is a department's name (市民課) puts that department's entries first, not those that merely mention it. */
    private static final float DEPARTMENT_BOOST = 3.0f;

    private static BoolQuery.Builder filtered(BoolQuery.Builder bool, Criteria criteria, boolean everyWord) {
        QueryParts.text(bool, criteria.query(), everyWord, "operationName^3", "body", "department.text", "recipients");
        QueryParts.wordsNaming(bool, criteria.query(), "department.text", DEPARTMENT_BOOST);
        QueryParts.term(bool, "register", criteria.register());
        QueryParts.term(bool, "municipality", criteria.municipality());
        QueryParts.term(bool, "department", criteria.department());
        QueryParts.term(bool, "kinds", criteria.kind());
        QueryParts.term(bool, "years", criteria.year());
        return bool;
    }

    /**
     * What to search for; blank values and a null year do not filter; page counts from 0.
     *
     * @param register OPERATION (条例期の登録簿) or FILE (ファイル簿); both when blank
     * @param year   the Western year the entry's dates fall in
     * @param byDate newest first instead of best match first
     */
    public record Criteria(String query, String register, String municipality, String department, String kind, Integer year,
            boolean byDate, int page) {
    }

    public record Match(long entryId, RegistryDocument entry, Map<String, List<String>> highlights) {
    }
}

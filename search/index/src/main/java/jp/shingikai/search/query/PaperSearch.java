package jp.shingikai.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.search.index.PaperDocument;

/** 先例検索 over the papers themselves: Japanese full text, facets by document type, municipality, department and 年度. */
public final class PaperSearch {

    /** Facet name → the field it counts, in the order they are shown. */
    private static final Map<String, String> FACETS = QueryParts.facetFields("documentType", "documentType", "municipality", "municipality", "department", "department", "fiscalYear", "fiscalYear");

    private final ElasticsearchClient client;

    public PaperSearch(ElasticsearchClient client) {
        this.client = client;
    }

    /** @param hiddenStatuses statuses of cases whose papers are not shown (drafts, withdrawn cases) */
    /**
     * The matches of every word; when a query of several plain words matches nothing, the best matches of any of them,
     * marked partial so that the person is told.
     */
    public Result search(String alias, Criteria criteria, List<String> hiddenStatuses) throws IOException {
        Result everyWord = run(alias, criteria, hiddenStatuses, true);
        return everyWord.total() == 0 && QueryParts.widens(criteria.query()) ? run(alias, criteria, hiddenStatuses, false).partially() : everyWord;
    }

    private Result run(String alias, Criteria criteria, List<String> hiddenStatuses, boolean everyTerm) throws IOException {
        SearchResponse<PaperDocument> response = client.search(s -> {
            s.index(alias).from(criteria.page() * RegistrySearch.PAGE_SIZE).size(RegistrySearch.PAGE_SIZE)
                    .query(q -> q.bool(b -> {
                        QueryParts.text(b, criteria.query(), everyTerm, "title^3", "body");
                        QueryParts.term(b, "documentType", criteria.documentType());
                        QueryParts.term(b, "municipality", criteria.municipality());
                        QueryParts.term(b, "department", criteria.department());
                        QueryParts.term(b, "fiscalYear", criteria.fiscalYear());
                        hiddenStatuses.forEach(status -> b.mustNot(n -> n.term(t -> t.field("status").value(status))));
                        return b;
                    }));
            QueryParts.highlight(s, List.of("body"), List.of());
            QueryParts.facets(s, FACETS);
            if (criteria.byDate()) {
                s.sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")));
            }
            return s;
        }, PaperDocument.class);
        List<Match> matches = response.hits().hits().stream()
                .map((Hit<PaperDocument> hit) -> new Match(hit.id(), hit.source(), QueryParts.highlights(hit.highlight()))).toList();
        return new Result(response.hits().total().value(), matches, QueryParts.facets(response, FACETS), false);
    }

    /**
     * What to search for; blank values and a null year do not filter; page counts from 0.
     *
     * @param fiscalYear the Western year a 年度 starts in (令和3年度 = 2021)
     * @param byDate     newest first instead of best match first
     */
    public record Criteria(String query, String documentType, String municipality, String department, Integer fiscalYear,
            boolean byDate, int page) {
    }

    /** @param paper the paper without its text, which the highlights quote */
    public record Match(String id, PaperDocument paper, Map<String, List<String>> highlights) {
    }

    /** @param partial no match had every word: these match some of them */
    public record Result(long total, List<Match> matches, Map<String, Map<String, Long>> facets, boolean partial) {

        Result partially() {
            return new Result(total, matches, facets, true);
        }
    }
}

package jp.shingikai.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.search.index.ConsultationDocument;

/**
 * 先例検索 over past consultations, ours and those other councils published: Japanese full text, filters and facets by
 * ground, 答申, 年度, department, municipality and kind (諮問 or 報告).
 */
public final class ConsultationSearch {

    /** Facet name → the field it counts, in the order they are shown. */
    private static final Map<String, String> FACETS = QueryParts.facetFields("ground", "grounds", "outcome", "outcome", "fiscalYear", "fiscalYear", "department", "department",
            "municipality", "municipality", "caseKind", "caseKind");

    private final ElasticsearchClient client;

    public ConsultationSearch(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * The matches of every word; when a query of several plain words matches nothing, the best matches of any of them,
     * marked partial so that the person is told.
     */
    public Result search(String alias, Criteria criteria, List<String> hiddenStatuses) throws IOException {
        Result everyWord = run(alias, criteria, hiddenStatuses, true);
        return everyWord.total() == 0 && QueryParts.widens(criteria.query()) ? run(alias, criteria, hiddenStatuses, false).partially() : everyWord;
    }

    private Result run(String alias, Criteria criteria, List<String> hiddenStatuses, boolean everyTerm) throws IOException {
        SearchResponse<ConsultationDocument> response = client.search(s -> {
            s.index(alias).from(criteria.page() * RegistrySearch.PAGE_SIZE).size(RegistrySearch.PAGE_SIZE)
                    .query(q -> q.bool(b -> {
                        QueryParts.text(b, criteria.query(), everyTerm, "title^3", "body");
                        QueryParts.term(b, "grounds", criteria.ground());
                        QueryParts.term(b, "outcome", criteria.outcome());
                        QueryParts.term(b, "fiscalYear", criteria.fiscalYear());
                        QueryParts.term(b, "department", criteria.department());
                        QueryParts.term(b, "municipality", criteria.municipality());
                        QueryParts.term(b, "caseKind", criteria.caseKind());
                        hiddenStatuses.forEach(status -> b.mustNot(n -> n.term(t -> t.field("status").value(status))));
                        return b;
                    }));
            QueryParts.highlight(s, List.of("body"), List.of());
            QueryParts.facets(s, FACETS);
            if (criteria.byDate()) {
                s.sort(o -> o.field(f -> f.field("fiscalYear").order(SortOrder.Desc).missing("_last")));
            }
            return s;
        }, ConsultationDocument.class);
        List<Match> matches = response.hits().hits().stream()
                .map((Hit<ConsultationDocument> hit) -> new Match(ownId(hit.id()), hit.source(), QueryParts.highlights(hit.highlight())))
                .toList();
        return new Result(response.hits().total().value(), matches, QueryParts.facets(response, FACETS), false);
    }

    /** Our cases are indexed under their own number; a published one under a prefix, and has none of ours. */
    static Long ownId(String indexId) {
        return indexId.chars().allMatch(Character::isDigit) ? Long.valueOf(indexId) : null;
    }

    /**
     * @param fiscalYear the Western year a 年度 starts in (令和3年度 = 2021)
     * @param byDate     newest 年度 first instead of best match first
     */
    public record Criteria(String query, String ground, String outcome, Integer fiscalYear, String department,
            String municipality, String caseKind, boolean byDate, int page) {
    }

    /** @param consultationId our case's id; null for a case another council published (its document's link shows it) */
    public record Match(Long consultationId, ConsultationDocument consultation, Map<String, List<String>> highlights) {
    }

    /** @param partial no match had every word: these match some of them */
    public record Result(long total, List<Match> matches, Map<String, Map<String, Long>> facets, boolean partial) {

        Result partially() {
            return new Result(total, matches, facets, true);
        }
    }
}

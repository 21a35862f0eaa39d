package jp.shingikai.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.search.index.ConsultationDocument;
import lombok.RequiredArgsConstructor;

/**
 * 先例検索 over past consultations, ours and those other councils published: Japanese full text, filters and facets by
 * ground, 答申, 年度, department, municipality and kind (諮問 or 報告).
 */
@RequiredArgsConstructor
public final class ConsultationSearch {

    /** Facet name → the field it counts, in the order they are shown. */
    private static final Map<String, String> FACETS = QueryParts.facetFields("ground", "grounds", "outcome", "outcome", "fiscalYear", "fiscalYear", "department", "department",
            "municipality", "municipality", "caseKind", "caseKind");

    private final ElasticsearchClient client;

    /** One page of the cases that match, none of a hidden status: every word, else any ({@link Found#everyWordElseAny}). */
    public Found<Match> search(String alias, Criteria criteria, List<String> hiddenStatuses) throws IOException {
        return Found.everyWordElseAny(criteria.query(), everyWord -> run(alias, criteria, hiddenStatuses, everyWord));
    }

    private Found<Match> run(String alias, Criteria criteria, List<String> hiddenStatuses, boolean everyWord) throws IOException {
        SearchResponse<ConsultationDocument> response = QueryParts.titleAndBody(client, alias, criteria.page(), criteria.query(),
                everyWord, QueryParts.filters("grounds", criteria.ground(), "outcome", criteria.outcome(), "fiscalYear",
                        criteria.fiscalYear(), "department", criteria.department(), "municipality", criteria.municipality(),
                        "caseKind", criteria.caseKind()),
                hiddenStatuses, FACETS, criteria.byDate() ? "fiscalYear" : null, ConsultationDocument.class);
        List<Match> matches = response.hits().hits().stream()
                .map((Hit<ConsultationDocument> hit) -> new Match(ownId(hit.id()), hit.source(), QueryParts.highlights(hit.highlight())))
                .toList();
        return Found.of(response, matches, FACETS);
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
}

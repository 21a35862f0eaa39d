package jp.shingikai.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.search.index.PaperDocument;
import lombok.RequiredArgsConstructor;

/** 先例検索 over the papers themselves: Japanese full text, facets by document type, municipality, department and 年度. */
@RequiredArgsConstructor
public final class PaperSearch {

    /** Facet name → the field it counts, in the order they are shown. */
    private static final Map<String, String> FACETS = QueryParts.facetFields("documentType", "documentType", "municipality", "municipality", "department", "department", "fiscalYear", "fiscalYear");

    private final ElasticsearchClient client;

    /**
     * One page of the papers that match, none of a case of a hidden status (drafts, withdrawn cases): every word, else
     * any ({@link Found#everyWordElseAny}).
     */
    public Found<Match> search(String alias, Criteria criteria, List<String> hiddenStatuses) throws IOException {
        return Found.everyWordElseAny(criteria.query(), everyWord -> run(alias, criteria, hiddenStatuses, everyWord));
    }

    private Found<Match> run(String alias, Criteria criteria, List<String> hiddenStatuses, boolean everyWord) throws IOException {
        SearchResponse<PaperDocument> response = QueryParts.titleAndBody(client, alias, criteria.page(), criteria.query(), everyWord,
                QueryParts.filters("documentType", criteria.documentType(), "municipality", criteria.municipality(), "department",
                        criteria.department(), "fiscalYear", criteria.fiscalYear()),
                hiddenStatuses, FACETS, criteria.byDate() ? "date" : null, PaperDocument.class);
        List<Match> matches = response.hits().hits().stream()
                .map((Hit<PaperDocument> hit) -> new Match(hit.id(), hit.source(), QueryParts.highlights(hit.highlight()))).toList();
        return Found.of(response, matches, FACETS);
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
}

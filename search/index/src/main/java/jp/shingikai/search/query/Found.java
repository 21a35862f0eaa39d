package jp.shingikai.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * One page of a precedent search: how many matched, the page's matches, the count of each facet value, and whether
 * only some of the words were found, which the person is told.
 *
 * @param partial no match had every word: these match some of them
 */
public record Found<M>(long total, List<M> matches, Map<String, Map<String, Long>> facets, boolean partial) {

    /** One run of a search, matching every word of the query or any of them. */
    interface Run<M> {
        Found<M> matching(boolean everyWord) throws IOException;
    }

    /** The matches of every word; when a query of several plain words matches nothing, the best matches of any. */
    static <M> Found<M> everyWordElseAny(String query, Run<M> run) throws IOException {
        Found<M> everyWord = run.matching(true);
        if (everyWord.total() > 0 || !QueryParts.widens(query)) {
            return everyWord;
        }
        Found<M> any = run.matching(false);
        return new Found<>(any.total(), any.matches(), any.facets(), true);
    }

    /** The page of matches the response holds, with its facets' counts. */
    static <M> Found<M> of(SearchResponse<?> response, List<M> matches, Map<String, String> facets) {
        return new Found<>(response.hits().total().value(), matches, QueryParts.facets(response, facets), false);
    }
}

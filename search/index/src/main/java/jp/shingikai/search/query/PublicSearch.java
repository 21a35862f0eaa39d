package jp.shingikai.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.shingikai.search.index.PublicDocument;

/** The portal's search: Japanese full text over one council's published documents, best match first. */
public final class PublicSearch {

    private final ElasticsearchClient client;

    public PublicSearch(ElasticsearchClient client) {
        this.client = client;
    }

    /** @param alias the public index family's alias; only it is searched */
    public Result search(String alias, String council, String query, int page) throws IOException {
        SearchResponse<PublicDocument> response = client.search(s -> {
            s.index(alias).from(page * RegistrySearch.PAGE_SIZE).size(RegistrySearch.PAGE_SIZE)
                    .query(q -> q.bool(b -> {
                        QueryParts.text(b, query, "title^3", "body");
                        QueryParts.term(b, "council", council);
                        return b;
                    }));
            QueryParts.highlight(s, List.of("body"), List.of());
            return s;
        }, PublicDocument.class);
        List<Match> matches = response.hits().hits().stream()
                .map((Hit<PublicDocument> hit) -> new Match(hit.source(), QueryParts.highlights(hit.highlight()))).toList();
        return new Result(response.hits().total().value(), matches);
    }

    /** @param document the document without its text, which the highlights quote */
    public record Match(PublicDocument document, Map<String, List<String>> highlights) {
    }

    public record Result(long total, List<Match> matches) {
    }
}

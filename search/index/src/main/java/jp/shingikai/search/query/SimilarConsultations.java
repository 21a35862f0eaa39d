package jp.shingikai.search.query;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jp.shingikai.search.index.ConsultationDocument;

/**
 * 類似案件: past consultations most like a draft, ours and other councils' published ones, by the words of its title
 * and text (more-like-this), with the consultation grounds the draft calls for counting as well.
 */
public final class SimilarConsultations {

    private final ElasticsearchClient client;

    public SimilarConsultations(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param text    the draft's title and text
     * @param grounds the 意見を聴く項目 the draft calls for; cases sharing them rank higher
     * @param exclude the draft's own id in the index, if it is indexed already
     * @param hiddenStatuses statuses of cases that are no precedents (drafts still with their department, withdrawals)
     */
    public List<Similar> find(String alias, String text, List<String> grounds, String exclude, List<String> hiddenStatuses,
            int size) throws IOException {
        SearchResponse<ConsultationDocument> response = client.search(s -> s.index(alias).size(size)
                .query(q -> q.bool(b -> {
                    b.must(m -> m.moreLikeThis(mlt -> mlt.fields("title", "body").like(l -> l.text(text))
                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("20%")));
                    grounds.forEach(ground -> b.should(sh -> sh.term(t -> t.field("grounds").value(ground).boost(2.0f))));
                    if (!hiddenStatuses.isEmpty()) {
                        b.mustNot(n -> n.terms(t -> t.field("status").terms(v -> v.value(hiddenStatuses.stream()
                                .map(FieldValue::of).toList()))));
                    }
                    if (exclude != null) {
                        b.mustNot(n -> n.ids(i -> i.values(exclude)));
                    }
                    return b;
                })), ConsultationDocument.class);
        return response.hits().hits().stream()
                .map(hit -> new Similar(ConsultationSearch.ownId(hit.id()), hit.score() == null ? 0 : hit.score(), hit.source()))
                .toList();
    }

    /** @param consultationId our case's id; null for a case another council published */
    public record Similar(Long consultationId, double score, ConsultationDocument consultation) {
    }
}

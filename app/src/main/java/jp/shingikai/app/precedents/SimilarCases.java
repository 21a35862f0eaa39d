package jp.shingikai.app.precedents;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.ConsultationStatus;
import jp.shingikai.app.cases.ConsultationText;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.query.SimilarConsultations;
import org.springframework.stereotype.Service;

/** 類似案件 for a draft: what the department sees beside the form while it writes. */
@Service
public class SimilarCases {

    private static final int SHOWN = 5;

    private final SimilarConsultations similar;
    private final SearchIndices indices;

    SimilarCases(ElasticsearchClient client, SearchIndices indices) {
        this.similar = new SimilarConsultations(client);
        this.indices = indices;
    }

    public List<SimilarConsultations.Similar> toDraft(JsonNode draft) {
        String text = ConsultationText.of(draft);
        if (text.isBlank()) {
            return List.of();
        }
        return EngineCalls.answer(() -> {
            indices.ensure(SearchIndices.CONSULTATIONS);
            return similar.find(indices.alias(SearchIndices.CONSULTATIONS), text, List.of(), null, ConsultationStatus.notPrecedents(), SHOWN);
        });
    }
}

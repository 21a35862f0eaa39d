package jp.shingikai.app.cases;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The words of a consultation draft, as one text: what precedent search indexes and compares. */
public final class ConsultationText {

    private static final List<String> FIELDS = List.of("title", "operationName", "purpose", "dataSubjects", "reason", "overview",
            "safeguards");

    private ConsultationText() {
    }

    public static String of(JsonNode draft) {
        StringBuilder text = new StringBuilder();
        for (String field : FIELDS) {
            if (draft.hasNonNull(field)) {
                text.append(draft.path(field).asText()).append('\n');
            }
        }
        draft.path("statements").forEach(statement -> statement.forEach(value -> text.append(value.asText()).append('\n')));
        return text.toString().strip();
    }
}

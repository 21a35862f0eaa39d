package jp.shingikai.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.forms.FormDefinitions;
import org.junit.jupiter.api.Test;

/** 差戻し後に修正された箇所: 総務課 sees what the department changed since the draft was returned, field by field. */
class ChangesSinceReturnTest {

    private final JsonNode schema = new FormDefinitions().schema("consultation-draft");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theChangedFieldsAreNamedByTheirLabelsWithBothValues() throws Exception {
        JsonNode returned = json.readTree("{\"title\":\"市民意識調査について\",\"purpose\":\"調査のため。\"}");
        JsonNode now = json.readTree("{\"title\":\"市民意識調査について\",\"purpose\":\"施策の検討のため。\","
                + "\"supervisorReviewRequired\":true}");

        List<ChangesSinceReturn.Change> changes = ChangesSinceReturn.of(schema, List.of(
                entry(HistoryAction.CREATED, returned), entry(HistoryAction.SUBMITTED, null),
                entry(HistoryAction.RETURNED, null), entry(HistoryAction.EDITED, now)), now);

        assertThat(changes).extracting(ChangesSinceReturn.Change::before, ChangesSinceReturn.Change::after)
                .contains(tuple("調査のため。", "施策の検討のため。"));
        assertThat(changes).extracting(ChangesSinceReturn.Change::field)
                .noneMatch(field -> field.equals("件名"))
                .allMatch(field -> field.matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*"));
    }

    @Test
    void theComparisonIsWithTheDraftAsItWasWhenLastReturned() throws Exception {
        JsonNode first = json.readTree("{\"title\":\"第一案\"}");
        JsonNode second = json.readTree("{\"title\":\"第二案\"}");
        JsonNode third = json.readTree("{\"title\":\"第三案\"}");

        List<ChangesSinceReturn.Change> changes = ChangesSinceReturn.of(schema, List.of(
                entry(HistoryAction.CREATED, first), entry(HistoryAction.RETURNED, null),
                entry(HistoryAction.EDITED, second), entry(HistoryAction.RETURNED, null),
                entry(HistoryAction.EDITED, third)), third);

        assertThat(changes).extracting(ChangesSinceReturn.Change::field, ChangesSinceReturn.Change::before,
                ChangesSinceReturn.Change::after).containsExactly(tuple("件名", "第二案", "第三案"));
    }

    @Test
    void aDraftNeverReturnedHasNoChangesToShow() throws Exception {
        JsonNode draft = json.readTree("{\"title\":\"市民意識調査について\"}");

        assertThat(ChangesSinceReturn.of(schema, List.of(entry(HistoryAction.CREATED, draft),
                entry(HistoryAction.SUBMITTED, null)), draft)).isEmpty();
    }

    private static CaseHistory.Entry entry(HistoryAction action, JsonNode details) {
        return new CaseHistory.Entry(0, action, "kankyo", OffsetDateTime.now(), "DRAFT", details);
    }
}

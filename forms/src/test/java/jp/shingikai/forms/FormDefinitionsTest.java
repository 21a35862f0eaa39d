package jp.shingikai.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormDefinitionsTest {

    private final FormDefinitions forms = new FormDefinitions();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"consultation/consultation.bpmn20.xml", "consultation/report.bpmn20.xml", "minutes/minutes.bpmn20.xml",
            "assessment/assessment-review.bpmn20.xml"})
    void everyUserTaskOfTheProcessesHasAFormWithAJapaneseTitle(String model) throws IOException {
        for (String formKey : formKeys(model)) {
            assertThat(forms.exists(formKey)).as(formKey).isTrue();
            assertThat(forms.schema(formKey).path("title").asText()).as(formKey).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void theKodairaQuestionnaireDraftIsAcceptedWithWidthsFoldedAndTheDateInIsoForm() throws IOException {
        FormSubmission submission = forms.validate("consultation-draft", kodairaDraft());

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.data().path("dataSubjects").asText()).isEqualTo("市内に住所を有する18歳以上の市民");
        assertThat(submission.data().path("plannedStart").asText()).isEqualTo("2022-03-16");
        assertThat(submission.data().path("title").asText()).startsWith("(仮称)小平市");
        assertThat(forms.validate("consultation-draft", example("consultation-draft-act.json")).errors())
                .as("the same case drafted under the Act").isEmpty();
    }

    @Test
    void missingRequiredFieldsAreNamedByTheirJapaneseTitles() throws IOException {
        ObjectNode draft = kodairaDraft();
        draft.remove("title");
        draft.put("purpose", "   ");

        assertThat(forms.validate("consultation-draft", draft).errors()).containsExactlyInAnyOrder(
                new FieldError("/purpose", "個人情報を収集する目的", "「個人情報を収集する目的」を入力してください。", "minLength"),
                new FieldError("/title", "件名", "「件名」を入力してください。", "required"));
    }

    @Test
    void answeringYesToAGroundRequiresItsStatement() throws IOException {
        ObjectNode draft = kodairaDraft();
        ((ObjectNode) draft.path("statements")).remove("collectionFromOthers");

        assertThat(forms.validate("consultation-draft", draft).errors()).containsExactly(new FieldError(
                "/statements/collectionFromOthers", "本人以外からの収集", "「本人以外からの収集」を入力してください。", "required"));
    }

    @Test
    void answeringYesToAnActEraGroundRequiresItsStatementToo() throws IOException {
        ObjectNode draft = kodairaDraft();
        ((ObjectNode) draft.path("answers")).put("needsExpertOpinion", true);

        assertThat(forms.validate("consultation-draft", draft).errors()).extracting(FieldError::field)
                .containsExactly("/statements/expertOpinion");
    }

    @Test
    void aCommentPeriodShorterThanThirtyDaysNeedsItsReasonAndAReturnedAssessmentItsReasons() {
        ObjectNode start = read("""
                {"method": "パブリックコメント", "startsOn": "令和8年4月1日", "days": 14}""");
        assertThat(forms.validate("assessment-comment-start", start).errors()).extracting(FieldError::field)
                .containsExactly("/shortenedReason");
        assertThat(forms.validate("assessment-comment-start", start.put("days", 30)).errors()).isEmpty();
        assertThat(forms.validate("assessment-comment-start", start).data().path("startsOn").asText()).isEqualTo("2026-04-01");
        assertThat(forms.validate("assessment-check", read("{\"outcome\": \"RETURNED\"}")).errors()).extracting(FieldError::field)
                .containsExactly("/reasons");
    }

    @Test
    void aPageDrawsOnlyTheQuestionsAndStatementsOfItsRuleEra() {
        JsonNode act = forms.schema("consultation-draft", "ACT");
        assertThat(names(act.path("properties").path("answers"))).containsExactly("needsExpertOpinion", "setsHandlingStandards");
        assertThat(names(act.path("properties").path("statements"))).containsExactly("expertOpinion", "handlingStandards");
        assertThat(names(act)).contains("title", "purpose", "answers", "statements");

        JsonNode ordinance = forms.schema("consultation-draft", "ORDINANCE");
        assertThat(names(ordinance.path("properties").path("answers"))).containsExactly("collectsSensitiveInformation",
                "collectsFromOthers", "usesBeyondPurpose", "providesOnline");
        assertThat(forms.schema("consultation-draft").path("properties").path("answers").path("properties").size())
                .as("the whole form, as the API validates it, keeps both eras").isEqualTo(6);
    }

    private static List<String> names(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aStatementMissingARowNamesThatRow() throws IOException {
        ObjectNode draft = kodairaDraft();
        ((ObjectNode) draft.path("statements").path("useBeyondPurpose")).remove("recipient");

        assertThat(forms.validate("consultation-draft", draft).errors()).extracting(FieldError::message)
                .containsExactly("「提供先」を入力してください。");
    }

    @Test
    void aReturnNeedsAtLeastOneReason() {
        FormSubmission submission = forms.validate("formal-review", read("""
                {"outcome": "RETURNED", "checklist": {"titleAndReason": true, "groundsMatchAnswers": false,
                 "statementsComplete": true, "registrationAttached": true, "safeguardsDescribed": true}}"""));

        assertThat(submission.errors()).extracting(FieldError::message).containsExactly("「差戻しの理由」を入力してください。");
    }

    @Test
    void anAttachedOpinionIsRequiredForAnApprovalWithOpinion() {
        FormSubmission submission = forms.validate("answer-record",
                read("{\"outcome\": \"APPROVED_WITH_OPINION\", \"answeredOn\": \"令和４年３月１５日\"}"));

        assertThat(submission.errors()).extracting(FieldError::message).containsExactly("「附帯意見」を入力してください。");
        assertThat(submission.data().path("answeredOn").asText()).isEqualTo("2022-03-15");
    }

    @Test
    void aWarekiDateThatNeverExistedIsRefusedWithTheReason() {
        FormSubmission submission = forms.validate("answer-record",
                read("{\"outcome\": \"APPROVED\", \"answeredOn\": \"平成31年5月1日\"}"));

        assertThat(submission.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("/answeredOn");
            assertThat(error.message()).contains("存在しない日付");
        });
    }

    @Test
    void textThatIsNoDateIsRefusedWithAnExample() {
        FormSubmission submission = forms.validate("answer-record", read("{\"outcome\": \"REJECTED\", \"answeredOn\": \"来月\"}"));

        assertThat(submission.errors()).extracting(FieldError::message)
                .containsExactly("「答申日」は日付で入力してください（例: 令和4年3月15日、2022-03-15）。");
    }

    @Test
    void unknownChoicesOverlongTextAndUnknownFieldsAreRefused() {
        FormSubmission submission = forms.validate("supervisor-review",
                read("{\"outcome\": \"MAYBE\", \"comment\": \"" + "あ".repeat(2001) + "\", \"score\": 3}"));

        assertThat(submission.errors()).extracting(FieldError::message).containsExactlyInAnyOrder(
                "「確認結果」は選択肢から選んでください。", "「意見」は2000文字以内で入力してください。",
                "「score」はこのフォームにない項目です。");
    }

    @Test
    void missingFieldsAreToldApartFromWrongOnes() throws IOException {
        ObjectNode draft = kodairaDraft();
        draft.remove("reason");
        draft.put("operationName", "あ".repeat(201));

        assertThat(forms.validate("consultation-draft", draft).errors())
                .extracting(FieldError::field, FieldError::isMissing)
                .containsExactlyInAnyOrder(tuple("/operationName", false),
                        tuple("/reason", true));
    }

    @Test
    void anUnknownFormIsAnError() {
        assertThatThrownBy(() -> forms.validate("no-such-form", json.createObjectNode()))
                .isInstanceOf(UnknownFormException.class).hasMessageContaining("no-such-form");
        assertThat(forms.exists("../etc/passwd")).isFalse();
    }

    private ObjectNode kodairaDraft() throws IOException {
        return example("consultation-draft.json");
    }

    private ObjectNode example(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/forms/examples/" + name)) {
            return (ObjectNode) json.readTree(in);
        }
    }

    private ObjectNode read(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Set<String> formKeys(String model) throws IOException {
        try (InputStream in = FormDefinitionsTest.class.getClassLoader().getResourceAsStream("processes/" + model)) {
            assertThat(in).as(model).isNotNull();
            Matcher matcher = Pattern.compile("flowable:formKey=\"([^\"]+)\"").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> keys = new LinkedHashSet<>();
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
            assertThat(keys).isNotEmpty();
            return keys;
        }
    }
}

package jp.shingikai.app.cases;

import static jp.shingikai.app.Api.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the API refuses, and that a refusal changes nothing. */
@DemoApplicationTest
class ConsultationApiRulesTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    private Api department() {
        return Api.as(http, "kankyo");
    }

    @Test
    void aDraftWithWrongFieldsIsRefusedFieldByFieldInJapaneseAndNothingIsSaved() {
        long before = count("consultation");
        ObjectNode draft = Api.kodairaQuestionnaireDraft();
        draft.put("operationName", "あ".repeat(201));
        draft.put("plannedStart", "平成31年5月1日");
        draft.put("shoeSize", 27);

        ResponseEntity<JsonNode> response = department().post("/api/consultations", draft);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().path("title").asText()).isEqualTo("入力内容に誤りがあります");
        assertThat(response.getBody().path("errors")).extracting(error -> error.path("message").asText()).containsExactlyInAnyOrder(
                "「個人情報を取り扱う事務の名称」は200文字以内で入力してください。",
                "「平成31年5月1日」は存在しない日付です（平成の範囲外か、月日が不正です）。",
                "「shoeSize」はこのフォームにない項目です。");
        assertThat(count("consultation")).isEqualTo(before);
    }

    @Test
    void anIncompleteDraftIsSavedButCannotBeSubmitted() {
        ObjectNode draft = Api.kodairaQuestionnaireDraft();
        draft.remove("purpose");
        ((ObjectNode) draft.path("statements")).remove("expertOpinion");
        JsonNode saved = created(department().post("/api/consultations", draft));

        ResponseEntity<JsonNode> submitted = department().post("/api/consultations/" + saved.path("id").asLong() + "/submit", null);

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(submitted.getBody().path("errors")).extracting(error -> error.path("field").asText())
                .containsExactlyInAnyOrder("/purpose", "/statements/expertOpinion");
        JsonNode unchanged = department().get("/api/consultations/" + saved.path("id").asLong()).getBody();
        assertThat(unchanged.path("status").asText()).isEqualTo("DRAFT");
        assertThat(unchanged.path("grounds")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("consultation-" + saved.path("id").asLong())
                .count()).as("no workflow started").isZero();
    }

    @Test
    void aDraftThatCallsForNoGroundNeedsNoConsultation() {
        ObjectNode draft = Api.kodairaQuestionnaireDraft();
        ObjectNode answers = (ObjectNode) draft.path("answers");
        answers.put("needsExpertOpinion", false);
        draft.remove("statements");
        long id = created(department().post("/api/consultations", draft)).path("id").asLong();

        ResponseEntity<JsonNode> submitted = department().post("/api/consultations/" + id + "/submit", null);

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(submitted.getBody().path("errors").get(0).path("message").asText()).contains("諮問は不要です");
    }

    @Test
    void aStaleEditIsRefusedWithConflictAndAnEditWithoutVersionIsRefusedToo() {
        ResponseEntity<JsonNode> created = department().post("/api/consultations", Api.kodairaQuestionnaireDraft());
        String path = "/api/consultations/" + created.getBody().path("id").asLong();
        String firstVersion = created.getHeaders().getETag();
        ObjectNode draft = Api.kodairaQuestionnaireDraft();
        assertThat(department().put(path, draft.put("overview", "一回目の修正"), firstVersion).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> stale = department().put(path, draft.put("overview", "古い版からの修正"), firstVersion);
        ResponseEntity<JsonNode> unversioned = department().put(path, draft, null);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().path("detail").asText()).contains("他の人が先に更新しました");
        assertThat(unversioned.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(department().get(path).getBody().path("draft").path("overview").asText()).isEqualTo("一回目の修正");
    }

    @Test
    void aStepTakenOutOfTurnIsAConflictExplainedInJapanese() {
        long id = created(department().post("/api/consultations", Api.kodairaQuestionnaireDraft())).path("id").asLong();

        ResponseEntity<JsonNode> review = Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED);

        assertThat(review.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(review.getBody().path("detail").asText()).isEqualTo("この案件は現在「形式審査」の段階にありません。");
    }

    @Test
    void anotherDepartmentCanNeitherReadNorChangeTheDraft() {
        long id = created(department().post("/api/consultations", Api.kodairaQuestionnaireDraft())).path("id").asLong();
        Api otherDepartment = Api.as(http, "kosodate");

        assertThat(otherDepartment.get("/api/consultations/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> submit = otherDepartment.post("/api/consultations/" + id + "/submit", null);
        assertThat(submit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submit.getBody().path("detail").asText()).contains("環境部資源循環課");
        assertThat(otherDepartment.get("/api/consultations").getBody()).extracting(c -> c.path("id").asLong()).doesNotContain(id);
    }

    @Test
    void theSecretariatCannotDraftAndAnUnknownUserIsNotLetIn() {
        assertThat(Api.as(http, "jimukyoku").post("/api/consultations", Api.kodairaQuestionnaireDraft()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.as(http, "nobody").get("/api/consultations").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSubmittedCaseCanBeWithdrawnButNotOnceItsMeetingWasHeld() {
        long withdrawn = submittedCase();
        JsonNode result = Api.as(http, "kankyo").post("/api/consultations/" + withdrawn + "/withdrawal",
                Map.of("reason", "事業の見直しにより調査を中止するため。")).getBody();
        assertThat(result.path("statusLabel").asText()).isEqualTo("取下げ");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("consultation-" + withdrawn).count()).isZero();

        long deliberated = submittedCase();
        Api soumu = Api.as(http, "soumu");
        Api secretariat = Api.as(http, "jimukyoku");
        soumu.post("/api/consultations/" + deliberated + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED);
        long meeting = created(secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 9,
                "heldOn", LocalDate.now().plusDays(20).toString(), "startsAt", "13:30", "place", "市役所3階 庁議室",
                "memberIds", List.of(1, 2)))).path("meeting").path("id").asLong();
        secretariat.post("/api/consultations/" + deliberated + "/meeting-assignment", Map.of("meetingId", meeting));
        secretariat.recordAttendance(meeting, List.of(1, 2), List.of());
        secretariat.post("/api/meetings/" + meeting + "/held", null);

        ResponseEntity<JsonNode> late = department().post("/api/consultations/" + deliberated + "/withdrawal",
                Map.of("reason", "審議後の取下げ"));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).contains("取下げは会議で審議される前に限られます");
        assertThat(secretariat.post("/api/meetings/" + meeting + "/held", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aMeetingNeedsItsDateAndMembers() {
        ResponseEntity<JsonNode> response = Api.as(http, "jimukyoku").post("/api/meetings", Map.of("councilCode", "kodaira",
                "number", 1, "place", "庁議室", "memberIds", List.of()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().path("errors")).extracting(error -> error.path("message").asText())
                .contains("「開催日」を入力してください。", "「開始時刻」を入力してください。", "「出席委員」を1人以上選んでください。");
    }

    private long submittedCase() {
        long id = created(department().post("/api/consultations", Api.kodairaQuestionnaireDraft())).path("id").asLong();
        assertThat(department().post("/api/consultations/" + id + "/submit", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

package jp.shingikai.app.minutes;

import static jp.shingikai.app.Api.created;
import static jp.shingikai.app.Api.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.FileText;
import jp.shingikai.japanese.Wareki;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 会議録 through the API: drafted from the meeting's record, confirmed by the members who attended (one comments),
 * fixed by the 会長 who presided, published, then corrected as a new version.
 */
@DemoApplicationTest
class MinutesApiTest {

    @Autowired
    TestRestTemplate http;

    /** The application's clock: its today is Tokyo's, whatever the machine's zone. */
    @Autowired
    Clock clock;

    @Test
    void theMinutesGoFromTheMeetingsRecordThroughTheMembersToPublicationAndKeepEveryFixedVersion() throws Exception {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = heldMeetingWithAnAnsweredCase(secretariat);
        Api sato = Api.as(http, "iin-sato");
        Api suzuki = Api.as(http, "iin-suzuki");

        JsonNode started = created(secretariat.post("/api/meetings/" + meeting + "/minutes", null));
        String path = "/api/minutes/" + started.path("id").asLong();
        assertThat(started.path("statusLabel").asText()).isEqualTo("作成中");
        assertThat(started.path("header").path("attending").findValuesAsText("name")).containsExactly("佐藤", "鈴木");
        assertThat(started.path("header").path("absent").findValuesAsText("name")).containsExactly("高橋");
        assertThat(started.path("header").path("chair").path("role").asText()).isEqualTo("会長");
        assertThat(started.path("header").path("explainers").get(0).asText()).isEqualTo("環境部資源循環課長");
        JsonNode item = started.path("content").path("items").get(0);
        assertThat(item.path("outcome").asText()).isEqualTo("承認");
        assertThat(item.path("answerNumber").asText()).matches("令和\\d+年度答申第\\d+号");
        assertThat(secretariat.post("/api/meetings/" + meeting + "/minutes", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> early = secretariat.post(path + "/publication", Map.of());
        assertThat(early.getStatusCode()).as("publishing before 確定").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> noReason = secretariat.post(path + "/draft", Map.of("form", "SUMMARY",
                "items", List.of(Map.of("handoutNumber", 1, "title", item.path("title").asText(), "summary", "承認された。"))));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noReason.getBody().path("errors").findValuesAsText("message")).anyMatch(m -> m.contains("要旨とする理由"));

        JsonNode drafted = succeeded(secretariat.post(path + "/draft", Map.of("form", "FULL", "items", List.of(Map.of(
                "handoutNumber", 1, "title", item.path("title").asText(), "outcome", "承認",
                "statements", List.of(Map.of("speaker", "説明者", "text", "調査の概要を説明します。"),
                        Map.of("speaker", "会長", "text", "承認することとしてよろしいか。")))))));
        assertThat(drafted.path("statusLabel").asText()).isEqualTo("委員確認中");

        ResponseEntity<JsonNode> absentMember = Api.as(http, "iin-takahashi").post(path + "/confirmation",
                Map.of("outcome", "CONFIRMED"));
        assertThat(absentMember.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(absentMember.getBody().path("detail").asText()).isEqualTo("会議録を確認できるのは、その会議に出席した委員です。");
        succeeded(suzuki.post(path + "/confirmation", Map.of("outcome", "COMMENTED", "comment", "発言者の表記を統一してください。")));
        assertThat(suzuki.post(path + "/fix", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(succeeded(sato.post(path + "/confirmation", Map.of("outcome", "CONFIRMED"))).path("statusLabel").asText())
                .isEqualTo("確定待ち");
        assertThat(suzuki.post(path + "/fix", Map.of()).getBody().path("detail").asText())
                .isEqualTo("会議録の確定は、議長を務めた委員が行います。");

        assertThat(succeeded(sato.post(path + "/fix", Map.of())).path("statusLabel").asText()).isEqualTo("確定（公開待ち）");
        assertThat(Api.as(http, "kankyo").get(path).getStatusCode()).as("not public before publication")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.as(http, "kankyo").get(path + "/documents").getStatusCode()).as("nor are its files")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(succeeded(secretariat.post(path + "/publication", Map.of())).path("statusLabel").asText()).isEqualTo("公開済み");
        assertThat(Api.as(http, "kankyo").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode corrected = succeeded(secretariat.post(path + "/corrections", Map.of("reason", "発言者の表記の誤り", "content", Map.of(
                "form", "FULL", "items", List.of(Map.of("handoutNumber", 1, "title", item.path("title").asText(),
                        "statements", List.of(Map.of("speaker", "会長", "text", "承認することとしてよろしいか。"))))))));
        assertThat(corrected.path("content").path("items").get(0).path("statements")).hasSize(1);
        JsonNode versions = succeeded(secretariat.get(path + "/versions"));
        assertThat(versions.findValuesAsText("number")).containsExactly("1", "2");
        assertThat(versions.get(0).path("content").path("items").get(0).path("statements")).as("the 確定 version stays").hasSize(2);
        assertThat(versions.get(1).path("reason").asText()).isEqualTo("発言者の表記の誤り");
        List<JsonNode> fixedFiles = succeeded(secretariat.get(path + "/documents")).findParents("kind").stream()
                .filter(document -> document.path("kind").asText().equals("会議録")).toList();
        assertThat(fixedFiles).extracting(document -> document.path("title").asText())
                .containsExactly("会議録 第1版（" + Wareki.format(LocalDate.now(clock)) + "確定）", "会議録 第2版（" + Wareki.format(LocalDate.now(clock)) + "訂正）");
        assertThat(FileText.docx(secretariat.download("/api/documents/" + fixedFiles.get(0).path("id").asLong() + "/content")))
                .as("the 確定 version stays readable as a file").contains("〇説明者　調査の概要を説明します。", "第1版");
        assertThat(FileText.docx(secretariat.download("/api/documents/" + fixedFiles.get(1).path("id").asLong() + "/content")))
                .contains("第2版").doesNotContain("調査の概要を説明します。");
        assertThat(succeeded(secretariat.get(path + "/history")).findValuesAsText("action")).containsExactly("CREATED",
                "MINUTES_DRAFTED", "MINUTES_COMMENTED", "MINUTES_CONFIRMED", "MINUTES_FIXED", "MINUTES_PUBLISHED",
                "MINUTES_CORRECTED");
    }

    private long heldMeetingWithAnAnsweredCase(Api secretariat) {
        long meeting = secretariat.scheduleMeeting(501, LocalDate.now(clock).plusDays(14));
        Api department = Api.as(http, "kankyo");
        long id = created(department.post("/api/consultations", Api.kodairaQuestionnaireDraft())).path("id").asLong();
        succeeded(department.post("/api/consultations/" + id + "/submit", null));
        succeeded(Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED));
        succeeded(secretariat.post("/api/consultations/" + id + "/meeting-assignment", Map.of("meetingId", meeting)));
        succeeded(secretariat.put("/api/meetings/" + meeting + "/attendance", Map.of(
                "members", List.of(Map.of("memberId", 1, "status", "PRESENT"), Map.of("memberId", 2, "status", "PRESENT"),
                        Map.of("memberId", 3, "status", "ABSENT")),
                "presidedBy", 1, "presidingRole", "CHAIR", "explainers", List.of("環境部資源循環課長"), "publicAttendees", 1), null));
        succeeded(secretariat.post("/api/meetings/" + meeting + "/held", null));
        succeeded(secretariat.post("/api/consultations/" + id + "/answer", Map.of("outcome", "APPROVED", "answeredOn",
                LocalDate.now(clock).toString())));
        return meeting;
    }
}

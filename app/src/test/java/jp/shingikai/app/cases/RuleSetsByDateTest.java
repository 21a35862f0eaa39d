package jp.shingikai.app.cases;

import static jp.shingikai.app.Api.created;
import static jp.shingikai.app.Api.json;
import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.FileText;
import jp.shingikai.app.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The rules on 意見を聴く項目 by effective date: the 条例's until 2023-03-31, the Act's 施行条例 from 2023-04-01, picked by
 * the day a case is first submitted and kept for the rest of its life.
 */
@DemoApplicationTest
class RuleSetsByDateTest {

    private static final String ACT = "個人情報の保護に関する法律第129条及び小平市個人情報の保護に関する法律施行条例";

    @Autowired
    TestRestTemplate http;

    @Autowired
    SettableClock clock;

    @Test
    void theLastDayOfTheOrdinanceDecidesByItsGroundsAndTheFirstDayOfTheActByThe施行条例() {
        clock.setToday(LocalDate.of(2023, 3, 31));
        JsonNode lastDay = submitted(Api.kodairaQuestionnaireDraftOfTheOrdinanceEra());
        assertThat(grounds(lastDay)).containsExactly("本人以外からの収集 第4条第3項第8号", "目的外利用等 第10条第2項第6号");
        assertThat(lastDay.path("rules").path("era").asText()).isEqualTo("ORDINANCE");
        assertThat(lastDay.path("rules").path("instrument").asText()).isEqualTo("小平市個人情報保護条例");
        assertThat(lastDay.path("rules").path("referenceDate").asText()).isEqualTo("2023-03-31");

        clock.setToday(LocalDate.of(2023, 4, 1));
        JsonNode firstDay = submitted(Api.kodairaQuestionnaireDraft());
        assertThat(grounds(firstDay)).containsExactly("専門的な知見に基づく意見を特に必要とする個人情報の取扱い 法第129条");
        assertThat(firstDay.path("rules").path("era").asText()).isEqualTo("ACT");
        assertThat(firstDay.path("rules").path("instrument").asText()).isEqualTo(ACT);

        ResponseEntity<JsonNode> oldAnswersOnly = submit(create(Api.kodairaQuestionnaireDraftOfTheOrdinanceEra()));
        assertThat(oldAnswersOnly.getStatusCode()).as("the 条例's grounds no longer call for a consultation")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(oldAnswersOnly.getBody().path("errors").get(0).path("message").asText()).contains("諮問は不要です", ACT);
    }

    @Test
    void aCaseSubmittedUnderTheOrdinanceAndAnsweredUnderTheActKeepsTheOrdinanceRules() throws Exception {
        Api department = Api.as(http, "kankyo");
        Api soumu = Api.as(http, "soumu");
        Api secretariat = Api.as(http, "jimukyoku");

        clock.setToday(LocalDate.of(2023, 3, 28));
        ObjectNode draft = Api.kodairaQuestionnaireDraftOfTheOrdinanceEra().put("title", "令和5年3月提出の市民アンケート調査について");
        long id = create(draft);
        String path = "/api/consultations/" + id;
        ok(submit(id));

        // after the change: returned, corrected and submitted again, it is still decided under the 条例
        clock.reset();
        JsonNode returned = ok(soumu.post(path + "/formal-review", json("""
                {"outcome": "RETURNED", "checklist": {"titleAndReason": true, "groundsMatchAnswers": true,
                 "statementsComplete": true, "registrationAttached": false, "safeguardsDescribed": true},
                 "returnReasons": [{"section": "安全対策", "reason": "委託先での保管方法を記載してください。"}]}""")));
        draft.put("safeguards", draft.path("safeguards").asText() + " 調査票は鍵付保管場所で管理する。");
        ok(department.put(path, draft, '"' + returned.path("version").asText() + '"'));
        JsonNode resubmitted = ok(submit(id));
        assertThat(grounds(resubmitted)).containsExactly("本人以外からの収集 第4条第3項第8号", "目的外利用等 第10条第2項第6号");
        assertThat(resubmitted.path("rules").path("referenceDate").asText()).as("the first submission's day")
                .isEqualTo("2023-03-28");
        ok(soumu.post(path + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED));

        // the 諮問書 made today cites the rules in force at submission, and the 説明書 are the 条例's
        long meeting = secretariat.scheduleMeeting(101, LocalDate.now(clock).plusDays(20));
        ok(secretariat.post(path + "/meeting-assignment", Map.of("meetingId", meeting)));
        JsonNode papers = ok(secretariat.get(path + "/documents"));
        assertThat(papers).extracting(paper -> paper.path("title").asText()).containsExactlyInAnyOrder("資料1 諮問書",
                "資料1 諮問事項別説明書（本人以外からの収集）", "資料1 諮問事項別説明書（目的外利用・目的外外部提供）");
        JsonNode letter = StreamSupport.stream(papers.spliterator(), false)
                .filter(paper -> paper.path("title").asText().equals("資料1 諮問書")).findFirst().orElseThrow();
        String letterText = FileText.docx(secretariat.download("/api/documents/" + letter.path("id").asLong() + "/content"));
        assertThat(letterText).contains("小平市個人情報保護条例の規定により", "☑ 本人以外からの収集（条例第4条第3項第8号）",
                "☑ 目的外利用等（条例第10条第2項第6号）", "☐ オンライン結合による外部提供（条例第11条第2項第2号）")
                .doesNotContain("法第129条");

        // answered under the Act, the case keeps its grounds
        created(secretariat.post("/api/meetings/" + meeting + "/packet", null));
        ok(secretariat.post("/api/meetings/" + meeting + "/distribution", null));
        for (String member : List.of("iin-sato", "iin-suzuki", "iin-takahashi")) {
            ok(Api.as(http, member).post(path + "/member-review", Map.of()));
        }
        ok(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()));
        ok(secretariat.post("/api/meetings/" + meeting + "/held", null));
        JsonNode answered = ok(secretariat.post(path + "/answer", Map.of("outcome", "APPROVED",
                "answeredOn", LocalDate.now(clock).plusDays(20).toString())));
        assertThat(grounds(answered)).containsExactly("本人以外からの収集 第4条第3項第8号", "目的外利用等 第10条第2項第6号");
        assertThat(answered.path("rules").path("era").asText()).isEqualTo("ORDINANCE");
    }

    @Test
    void aDayBeforeAnyRuleSetIsRefusedWithTheReasonInJapanese() {
        clock.setToday(LocalDate.of(2001, 12, 25));
        long id = create(Api.kodairaQuestionnaireDraftOfTheOrdinanceEra());

        ResponseEntity<JsonNode> refused = submit(id);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().path("errors").get(0).path("message").asText())
                .isEqualTo("平成13年12月25日に小平市で効力のある「意見を聴く項目」の規定が登録されていません。"
                        + "総務課に、判定表（consultation-grounds.dmn）への規定の登録を依頼してください。");
        assertThat(Api.as(http, "kankyo").get("/api/consultations/" + id).getBody().path("status").asText()).isEqualTo("DRAFT");
    }

    private JsonNode submitted(ObjectNode draft) {
        return ok(submit(create(draft)));
    }

    private long create(ObjectNode draft) {
        return created(Api.as(http, "kankyo").post("/api/consultations", draft)).path("id").asLong();
    }

    private ResponseEntity<JsonNode> submit(long id) {
        return Api.as(http, "kankyo").post("/api/consultations/" + id + "/submit", null);
    }

    private static List<String> grounds(JsonNode consultation) {
        return StreamSupport.stream(consultation.path("grounds").spliterator(), false)
                .map(ground -> ground.path("label").asText() + " " + ground.path("article").asText()).toList();
    }
}

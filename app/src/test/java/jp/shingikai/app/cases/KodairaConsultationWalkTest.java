package jp.shingikai.app.cases;

import static jp.shingikai.app.Api.created;
import static jp.shingikai.app.Api.json;
import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Kodaira 資料1 case (市民アンケート), drafted today under the Act's rules, from the department's draft to its closed
 * implementation report, through the REST API, with the real engine, delegates, database and search engine. The job
 * executor is off so that the test itself runs each timer when it moves the clock on, and nothing races it.
 */
@DemoApplicationTest
class KodairaConsultationWalkTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService flowableHistory;

    @Test
    void theQuestionnaireCaseGoesFromDraftToClosedReport() {
        Api department = Api.as(http, "kankyo");
        Api soumu = Api.as(http, "soumu");
        Api secretariat = Api.as(http, "jimukyoku");
        List<Api> members = List.of(Api.as(http, "iin-sato"), Api.as(http, "iin-suzuki"), Api.as(http, "iin-takahashi"));

        LocalDate meetingDay = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);
        long thirdMeeting = planMeeting(secretariat, 3, meetingDay);
        long laterMeeting = planMeeting(secretariat, 4, meetingDay.plusDays(60));

        // 起案 and 提出
        ObjectNode draft = Api.kodairaQuestionnaireDraft();
        ResponseEntity<JsonNode> created = department.post("/api/consultations", draft);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().path("id").asLong();
        String path = "/api/consultations/" + id;
        JsonNode submitted = ok(department.post(path + "/submit", null));
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("grounds")).extracting(g -> g.path("label").asText() + " " + g.path("article").asText())
                .containsExactly("専門的な知見に基づく意見を特に必要とする個人情報の取扱い 法第129条");
        assertThat(submitted.path("rules").path("era").asText()).as("drafted today, under the Act").isEqualTo("ACT");

        // 総務課 returns it once, the department corrects it, and it is accepted
        JsonNode returned = ok(soumu.post(path + "/formal-review", json("""
                {"outcome": "RETURNED", "checklist": {"titleAndReason": true, "groundsMatchAnswers": true,
                 "statementsComplete": true, "registrationAttached": false, "safeguardsDescribed": true},
                 "returnReasons": [{"section": "安全対策", "reason": "委託先での保管方法を具体的に記載してください。"}]}""")));
        assertThat(returned.path("statusLabel").asText()).isEqualTo("差戻し");
        draft.put("safeguards", draft.path("safeguards").asText() + " 調査票は委託事業者の鍵付保管場所で管理する。");
        ResponseEntity<JsonNode> corrected = department.put(path, draft, created.getHeaders().getETag());
        assertThat(corrected.getStatusCode()).as("edit based on the first version after the return")
                .isEqualTo(HttpStatus.CONFLICT);
        corrected = department.put(path, draft, '"' + returned.path("version").asText() + '"');
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        ok(department.post(path + "/submit", null));
        JsonNode accepted = ok(soumu.post(path + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED));
        assertThat(accepted.path("caseNumber").asText()).as("numbered within its 年度 (other tests share the database)").matches("令和\\d+年度諮問第\\d+号");

        // 会議割当: the case becomes 資料1 of the meeting and its papers go to the members
        JsonNode scheduled = ok(secretariat.post(path + "/meeting-assignment", Map.of("meetingId", thirdMeeting)));
        assertThat(scheduled.path("statusLabel").asText()).isEqualTo("審議予定");
        JsonNode agenda = ok(secretariat.get("/api/meetings/" + thirdMeeting)).path("agenda");
        assertThat(agenda).hasSize(1);
        assertThat(agenda.get(0).path("handoutNumber").asInt()).isEqualTo(1);
        assertThat(agenda.get(0).path("subjectType").asText()).isEqualTo("CONSULTATION");

        // the packet goes out; before that, members can neither read the case nor review it
        assertThat(members.get(0).get(path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(members.get(0).post(path + "/member-review", Map.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        created(secretariat.post("/api/meetings/" + thirdMeeting + "/packet", null));
        ok(secretariat.post("/api/meetings/" + thirdMeeting + "/distribution", null));
        assertThat(ok(members.get(0).get(path)).path("title").asText()).contains("市民アンケート調査");

        // 事前質問 and its answer
        long questionId = members.get(1).post(path + "/questions", Map.of("question", "委託事業者の作業場所はどこですか。"))
                .getBody().path("questionId").asLong();
        assertThat(taskSteps(department)).contains("answerQuestion");
        ok(department.post(path + "/questions/" + questionId + "/answer", Map.of("answer", "委託事業者の鍵付作業部屋です。")));

        // one member reviews; the reminder reaches the two others
        ok(members.get(0).post(path + "/member-review", Map.of("comment", "抽出方法を確認した。")));
        runTimer(timer(id, "reminderDue"));
        assertThat(members.get(0).get("/api/notifications").getBody()).isEmpty();
        assertThat(members.get(1).get("/api/notifications").getBody()).singleElement()
                .satisfies(notice -> assertThat(notice.path("message").asText()).contains("事前確認をお願いします"));
        ok(members.get(1).post(path + "/member-review", Map.of()));
        ok(members.get(2).post(path + "/member-review", Map.of()));

        // 審議 and 答申
        ok(secretariat.recordAttendance(thirdMeeting, List.of(1, 2, 3), List.of()));
        ok(secretariat.post("/api/meetings/" + thirdMeeting + "/held", null));
        assertThat(ok(secretariat.get(path)).path("status").asText()).isEqualTo("DELIBERATED");
        JsonNode answered = ok(secretariat.post(path + "/answer", Map.of("outcome", "APPROVED_WITH_OPINION",
                "answeredOn", "令和4年3月15日", "attachedOpinion", "調査終了後、抽出データを速やかに消去すること。")));
        assertThat(answered.path("statusLabel").asText()).isEqualTo("答申済み（登録簿更新待ち）");
        assertThat(answered.path("answers").get(0).path("answerNumber").asText())
                .as("answered on 令和4年3月15日, in 令和3年度").matches("令和3年度答申第\\d+号");
        assertThat(department.get("/api/notifications").getBody()).extracting(notice -> notice.path("message").asText())
                .anyMatch(message -> message.contains("答申（附帯意見付き承認）が記録されました"));

        // 登録簿更新, then the implementation report falls due
        ok(department.post(path + "/registry-filing", Map.of("change", "START", "effectiveOn", "令和4年3月16日",
                "recordedItems", Map.of("basic", List.of("識別番号", "氏名", "住所", "生年月日・年齢", "性別")),
                "processing", List.of("電算"), "collectionSources", List.of("本人以外", "実施機関内"), "outsourcing", true)));
        assertThat(ok(department.get(path + "/documents"))).extracting(d -> d.path("title").asText())
                .contains("資料1 諮問書", "答申書", "保有個人情報取扱事務届出書");
        ResponseEntity<JsonNode> early = department.post(path + "/report", Map.of("title", "実施報告"));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runTimer(timer(id, "implementationReportDue"));

        JsonNode report = created(department.post(path + "/report", Map.of(
                "title", "市民アンケート調査における個人情報の取扱いについて（報告）",
                "summary", "住民基本台帳から抽出した2,000件に調査票を送付し、回収後に抽出データを消去した。")));
        String reportPath = "/api/reports/" + report.path("id").asLong();
        ok(department.post(reportPath + "/submit", null));
        assertThat(ok(department.get(path)).path("status").asText()).isEqualTo("REPORTING");
        ok(soumu.post(reportPath + "/review", Map.of("outcome", "ACCEPTED")));
        ok(secretariat.post(reportPath + "/meeting-assignment", Map.of("meetingId", laterMeeting)));
        JsonNode laterAgenda = ok(secretariat.get("/api/meetings/" + laterMeeting)).path("agenda");
        assertThat(laterAgenda.get(0).path("subjectType").asText()).isEqualTo("REPORT");
        ok(secretariat.recordAttendance(laterMeeting, List.of(1, 2, 3), List.of()));
        ok(secretariat.post("/api/meetings/" + laterMeeting + "/held", null));

        assertThat(ok(department.get(reportPath)).path("statusLabel").asText()).isEqualTo("報告済み");
        assertThat(ok(department.get(path)).path("statusLabel").asText()).isEqualTo("完了");
        assertThat(flowableHistory.createHistoricProcessInstanceQuery().processDefinitionKey("consultation")
                .processInstanceBusinessKey("consultation-" + id)
                .finished().count()).isEqualTo(1);
        assertThat(StreamSupport.stream(ok(department.get(path + "/history")).spliterator(), false)
                .map(entry -> entry.path("action").asText()).toList()).containsSubsequence(
                "CREATED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "ACCEPTED", "ASSIGNED", "HANDOUTS_PREPARED",
                "QUESTION_ASKED", "QUESTION_ANSWERED", "MEMBER_REVIEWED", "MEMBERS_REMINDED", "DELIBERATED",
                "ANSWER_RECORDED", "ANSWER_DOCUMENT_DUE", "REGISTRY_FILED", "REPORT_STARTED", "CLOSED");
    }

    private long planMeeting(Api secretariat, int number, LocalDate day) {
        return secretariat.scheduleMeeting(number, day);
    }

    private List<String> taskSteps(Api user) {
        return StreamSupport.stream(ok(user.get("/api/tasks")).spliterator(), false).map(task -> task.path("step").asText())
                .toList();
    }

    /** This case's timer only: other tests of this context leave cases of their own waiting on the same timers. */
    private Job timer(long caseId, String element) {
        String processInstance = flowableHistory.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("consultation-" + caseId).singleResult().getId();
        return management.createTimerJobQuery().processInstanceId(processInstance).elementId(element).singleResult();
    }

    /** Runs a timer now rather than waiting for its date, as if the clock had moved on. */
    private void runTimer(Job timer) {
        assertThat(timer).as("the timer is scheduled").isNotNull();
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }
}

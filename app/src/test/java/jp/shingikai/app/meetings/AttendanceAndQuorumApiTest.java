package jp.shingikai.app.meetings;

import static jp.shingikai.app.Api.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 出欠 and 定足数 through the API: the Kodaira demo council has three members (佐藤 会長, 鈴木, 高橋), so its default
 * quorum, more than half, is two.
 */
@DemoApplicationTest
class AttendanceAndQuorumApiTest {

    @Autowired
    TestRestTemplate http;

    /** Meeting numbers of this test class, apart from the other tests' in the same context. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(400);

    @Test
    void aMeetingWithoutItsAttendanceOrWithoutQuorumIsNotHeld() {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = plan(secretariat);

        ResponseEntity<JsonNode> unrecorded = secretariat.post("/api/meetings/" + meeting + "/held", null);
        assertThat(unrecorded.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(unrecorded.getBody().path("detail").asText()).contains("出欠がまだ記録されていません");

        JsonNode recorded = succeeded(secretariat.recordAttendance(meeting, List.of(1), List.of(2, 3)));
        assertThat(recorded.path("quorum").path("required").asInt()).isEqualTo(2);
        assertThat(recorded.path("quorum").path("attending").asInt()).isEqualTo(1);
        ResponseEntity<JsonNode> short_ = secretariat.post("/api/meetings/" + meeting + "/held", null);
        assertThat(short_.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(short_.getBody().path("detail").asText()).contains("定足数（委員3人の過半数（2人））に達していない", "出席した委員は1人");

        succeeded(secretariat.recordAttendance(meeting, List.of(1, 3), List.of(2)));
        assertThat(succeeded(secretariat.post("/api/meetings/" + meeting + "/held", null)).path("meeting").path("status").asText())
                .isEqualTo("HELD");
        assertThat(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()).getStatusCode())
                .as("attendance is fixed once the meeting is recorded as held").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void attendanceThatContradictsItselfIsRefusedFieldByField() {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = plan(secretariat);

        ResponseEntity<JsonNode> refused = secretariat.put("/api/meetings/" + meeting + "/attendance", Map.of(
                "members", List.of(Map.of("memberId", 1, "status", "ABSENT"), Map.of("memberId", 2, "status", "PRESENT"),
                        Map.of("memberId", 2, "status", "PRESENT")),
                "presidedBy", 2, "presidingRole", "CHAIR",
                "itemAbsences", List.of(Map.of("handoutNumber", 9, "memberId", 1, "reason", "EXCLUDED")),
                "publicAttendees", -1), null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(messages(refused)).contains("「鈴木」の出欠が二度記録されています。",
                "会長でない委員が会長として記録されています。職務代理者を選んでください。", "資料9の議題はこの会議にありません。",
                "出席していない委員の退席・除斥は記録できません。", "「傍聴者数」は0以上の数で入力してください。");
        assertThat(messages(refused)).anyMatch(message -> message.contains("の出欠が記録されていません"));
        assertThat(secretariat.get("/api/meetings/" + meeting + "/attendance").getStatusCode())
                .as("nothing of a refused record is kept").isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> actingWhileTheChairIsThere = secretariat.put("/api/meetings/" + meeting + "/attendance",
                Map.of("members", List.of(Map.of("memberId", 1, "status", "PRESENT"), Map.of("memberId", 2, "status", "PRESENT"),
                        Map.of("memberId", 3, "status", "LATE", "note", "午後6時着")), "presidedBy", 2,
                        "presidingRole", "ACTING_CHAIR", "publicAttendees", 0), null);
        assertThat(messages(actingWhileTheChairIsThere)).containsExactly("会長が出席しているときは、会長が議長を務めます。");

        assertThat(Api.as(http, "soumu").recordAttendance(meeting, List.of(1, 2, 3), List.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAnswerNeedsTheItemDecidedWithQuorumAndWithoutItOnlyDefers() {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = plan(secretariat);
        long id = acceptedCaseOn(meeting);
        int handout = succeeded(secretariat.get("/api/meetings/" + meeting)).path("agenda").get(0).path("handoutNumber").asInt();

        // 鈴木 is absent and 高橋 is excluded from this item: the meeting has its quorum, the item does not.
        succeeded(secretariat.put("/api/meetings/" + meeting + "/attendance", Map.of(
                "members", List.of(Map.of("memberId", 1, "status", "PRESENT"), Map.of("memberId", 2, "status", "ABSENT"),
                        Map.of("memberId", 3, "status", "PRESENT")),
                "presidedBy", 1, "presidingRole", "CHAIR",
                "itemAbsences", List.of(Map.of("handoutNumber", handout, "memberId", 3, "reason", "EXCLUDED")),
                "explainers", List.of("環境部資源循環課長"), "publicAttendees", 2), null));
        succeeded(secretariat.post("/api/meetings/" + meeting + "/held", null));

        ResponseEntity<JsonNode> approved = secretariat.post("/api/consultations/" + id + "/answer",
                Map.of("outcome", "APPROVED", "answeredOn", LocalDate.now().toString()));
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(approved.getBody().path("detail").asText()).contains("この議題の審議に加わった委員は1人", "継続審議として記録してください");
        assertThat(succeeded(secretariat.get("/api/consultations/" + id)).path("status").asText()).isEqualTo("DELIBERATED");

        JsonNode deferred = succeeded(secretariat.post("/api/consultations/" + id + "/answer", Map.of("outcome", "DEFERRED")));
        assertThat(deferred.path("status").asText()).isEqualTo("DEFERRED");
        assertThat(deferred.path("answers").get(0).path("answerNumber").asText()).as("継続審議 is no 答申 and has no number")
                .isEmpty();
        JsonNode attendance = succeeded(secretariat.get("/api/meetings/" + meeting + "/attendance"));
        assertThat(attendance.path("attendance").path("explainers").get(0).asText()).isEqualTo("環境部資源循環課長");
        assertThat(attendance.path("attendance").path("publicAttendees").asInt()).isEqualTo(2);
    }

    @Test
    void answersAreNumberedWithinTheirFiscalYear() {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = plan(secretariat);
        List<Long> cases = List.of(acceptedCaseOn(meeting), acceptedCaseOn(meeting), acceptedCaseOn(meeting));
        succeeded(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()));
        succeeded(secretariat.post("/api/meetings/" + meeting + "/held", null));

        // Dates far from the other tests' so that these are the only answers of their 年度.
        List<String> days = List.of("令和20年4月1日", "令和21年3月31日", "令和21年4月1日");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            numbers.add(succeeded(secretariat.post("/api/consultations/" + cases.get(i) + "/answer",
                    Map.of("outcome", "APPROVED", "answeredOn", days.get(i)))).path("answers").get(0).path("answerNumber").asText());
        }

        assertThat(numbers).containsExactly("令和20年度答申第1号", "令和20年度答申第2号", "令和21年度答申第1号");
    }

    private long acceptedCaseOn(long meeting) {
        Api department = Api.as(http, "kankyo");
        long id = succeeded(department.post("/api/consultations", Api.kodairaQuestionnaireDraft())).path("id").asLong();
        succeeded(department.post("/api/consultations/" + id + "/submit", null));
        succeeded(Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED));
        succeeded(Api.as(http, "jimukyoku").post("/api/consultations/" + id + "/meeting-assignment", Map.of("meetingId", meeting)));
        return id;
    }

    private long plan(Api secretariat) {
        return secretariat.scheduleMeeting(NUMBERS.getAndIncrement(), LocalDate.now().plusDays(14));
    }

    private static List<String> messages(ResponseEntity<JsonNode> response) {
        return response.getBody().path("errors").findValuesAsText("message");
    }
}

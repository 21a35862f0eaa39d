package jp.shingikai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST API as one signed-in person of the demo data uses it (HTTP Basic, password "demo-" + username). */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** 総務課's formal-review form accepting a draft with every check ticked. */
    public static final JsonNode FORMAL_REVIEW_ACCEPTED = json("""
            {"outcome": "ACCEPTED", "checklist": {"titleAndReason": true, "groundsMatchAnswers": true,
             "statementsComplete": true, "registrationAttached": true, "safeguardsDescribed": true}}""");

    private final TestRestTemplate http;
    private final String username;

    private Api(TestRestTemplate http, String username) {
        this.http = http;
        this.username = username;
    }

    public static Api as(TestRestTemplate http, String username) {
        return new Api(http, username);
    }

    public String username() {
        return username;
    }

    public ResponseEntity<JsonNode> get(String path) {
        return exchange(HttpMethod.GET, path, null, new HttpHeaders());
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body, new HttpHeaders());
    }

    public ResponseEntity<JsonNode> put(String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return exchange(HttpMethod.PUT, path, body, headers);
    }

    /** A file this user may read, as its bytes. */
    public byte[] download(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, "demo-" + username);
        ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(path + " answered " + response.getStatusCode());
        }
        return response.getBody();
    }

    /**
     * 事務局 schedules a meeting of the demo council with its three members (ids 1 to 3), at 17:30 in 市役所3階 庁議室;
     * returns its id.
     */
    public long scheduleMeeting(int number, LocalDate heldOn) {
        return created(post("/api/meetings", Map.of("councilCode", "kodaira", "number", number, "heldOn", heldOn.toString(),
                "startsAt", "17:30", "place", "市役所3階 庁議室", "memberIds", List.of(1, 2, 3)))).path("meeting").path("id").asLong();
    }

    /**
     * 出欠: the meeting's members attended, with the 会長 (member 1 of the demo council) presiding when present, else
     * the first who attended as 職務代理者.
     */
    public ResponseEntity<JsonNode> recordAttendance(long meetingId, List<Integer> present, List<Integer> absent) {
        List<Map<String, Object>> members = new ArrayList<>();
        present.forEach(member -> members.add(Map.of("memberId", member, "status", "PRESENT")));
        absent.forEach(member -> members.add(Map.of("memberId", member, "status", "ABSENT")));
        boolean chairPresent = present.contains(1);
        return put("/api/meetings/" + meetingId + "/attendance", Map.of("members", members,
                "presidedBy", chairPresent ? 1 : present.get(0), "presidingRole", chairPresent ? "CHAIR" : "ACTING_CHAIR",
                "secretariat", List.of("総務部総務課長"), "publicAttendees", 0), null);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, HttpHeaders headers) {
        headers.setBasicAuth(username, "demo-" + username);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body == null ? null : JSON.valueToTree(body), headers), JsonNode.class);
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kodaira 資料2, the facility booking system with its operator online, as drafted today: the standards the operator
     * must keep, on which the council's view is sought under the Act's rules.
     */
    public static ObjectNode kodairaOnlineBookingDraft() {
        ObjectNode draft = kodairaQuestionnaireDraft();
        draft.put("title", "地域センター等貸出し業務への公共施設予約システム導入に伴うオンライン結合による個人情報の提供について");
        draft.put("operationName", "地域センター等貸出し事務");
        draft.put("dataSubjects", "利用申込み者");
        ((ObjectNode) draft.path("answers")).put("needsExpertOpinion", false).put("setsHandlingStandards", true);
        ObjectNode statements = draft.putObject("statements");
        statements.putObject("handlingStandards").put("items", "代表者及び利用責任者の氏名、住所、電話番号、電子メールアドレス")
                .put("standard", "ASP サービス提供事業者が守る、通信の暗号化、アクセス権限の管理及び記録の保存期間の基準")
                .put("reason", "オンライン結合により事業者に団体登録情報を提供するため、その取扱いの基準について意見を聴く。");
        return draft;
    }

    /** The Kodaira 資料1 questionnaire as a department drafts it today, under the Act's 施行条例 (the forms' example). */
    public static ObjectNode kodairaQuestionnaireDraft() {
        return example("consultation-draft-act.json");
    }

    /** The Kodaira 資料1 draft as it was submitted in 令和4年, under the 条例 (the forms' example of that era). */
    public static ObjectNode kodairaQuestionnaireDraftOfTheOrdinanceEra() {
        return example("consultation-draft.json");
    }

    private static ObjectNode example(String name) {
        try (InputStream in = Api.class.getResourceAsStream("/forms/examples/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a response that must be 200 OK; otherwise the test fails showing the problem it got. */
    public static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The body of a response that must be 201 Created. */
    public static JsonNode created(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    /** The body of a response that must be any success (2xx). */
    public static JsonNode succeeded(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response.getBody()).isTrue();
        return response.getBody();
    }
}

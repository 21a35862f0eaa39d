package jp.shingikai.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 事後報告 (Kodaira 資料3 style): a report that needed no consultation, onto a meeting's 報告事項. */
@DemoApplicationTest
class AfterTheFactReportApiTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void anAfterTheFactReportIsReturnedOnceThenPresentedAtTheMeeting() {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = secretariat.scheduleMeeting(7, LocalDate.now().plusDays(10));
        Api department = Api.as(http, "kosodate");
        Api soumu = Api.as(http, "soumu");

        JsonNode report = body(department.post("/api/reports", Map.of(
                "title", "子育て世帯への臨時特別給付金事業における個人情報の本人以外からの収集及び目的外利用について（報告）")),
                HttpStatus.CREATED);
        String path = "/api/reports/" + report.path("id").asLong();
        assertThat(report.path("kindLabel").asText()).isEqualTo("事後報告");
        ResponseEntity<JsonNode> incomplete = department.post(path + "/submit", null);
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(incomplete.getBody().path("errors").get(0).path("message").asText()).isEqualTo("「概要」を入力してください。");

        JsonNode completed = body(department.put(path, Map.of("title", report.path("title").asText(),
                "summary", "児童手当の受給者情報及び住民基本台帳の情報を利用し、給付金を支給した。",
                "safeguards", "対象者の抽出作業は担当職員1名のみが行い、データにはパスワードを設定した。"),
                '"' + report.path("version").asText() + '"'), HttpStatus.OK);
        body(department.post(path + "/submit", null), HttpStatus.OK);
        JsonNode returned = body(soumu.post(path + "/review", Map.of("outcome", "RETURNED",
                "returnReasons", List.of(Map.of("section", "概要", "reason", "支給対象者数を記載してください。")))), HttpStatus.OK);
        assertThat(returned.path("statusLabel").asText()).isEqualTo("差戻し");
        body(department.put(path, Map.of("title", completed.path("title").asText(),
                "summary", completed.path("content").path("summary").asText() + " 支給対象者数は27,222人（予算）。"),
                '"' + returned.path("version").asText() + '"'), HttpStatus.OK);
        body(department.post(path + "/submit", null), HttpStatus.OK);
        body(soumu.post(path + "/review", Map.of("outcome", "ACCEPTED")), HttpStatus.OK);
        body(secretariat.post(path + "/meeting-assignment", Map.of("meetingId", meeting)), HttpStatus.OK);

        JsonNode agenda = body(secretariat.get("/api/meetings/" + meeting), HttpStatus.OK).path("agenda");
        assertThat(agenda).singleElement().satisfies(item -> {
            assertThat(item.path("subjectType").asText()).isEqualTo("REPORT");
            assertThat(item.path("handoutNumber").asInt()).isEqualTo(1);
        });
        body(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()), HttpStatus.OK);
        body(secretariat.post("/api/meetings/" + meeting + "/held", null), HttpStatus.OK);
        assertThat(body(department.get(path), HttpStatus.OK).path("statusLabel").asText()).isEqualTo("報告済み");
        assertThat(body(department.get(path + "/history"), HttpStatus.OK)).extracting(e -> e.path("action").asText())
                .containsExactly("CREATED", "EDITED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "ACCEPTED", "ASSIGNED",
                        "HANDOUTS_PREPARED", "PRESENTED");
    }

    private static JsonNode body(ResponseEntity<JsonNode> response, HttpStatus expected) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(expected);
        return response.getBody();
    }
}

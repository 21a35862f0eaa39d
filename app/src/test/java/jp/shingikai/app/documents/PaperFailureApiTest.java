package jp.shingikai.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.FaultReport;
import jp.shingikai.app.system.StorageProperties;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.TemplateEdits;
import jp.shingikai.templates.TemplateSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A template broken behind the application's back (copied into the templates folder by hand) does not stop the
 * workflow: the case goes on the agenda, the failure is written to its history with the reason, and building the
 * packet tells the secretariat what to fix.
 */
@DemoApplicationTest
class PaperFailureApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StorageProperties storage;

    @Test
    @Tag("fault")
    void aBrokenTemplateIsReportedAndTheCaseStillGoesOnTheAgenda() throws Exception {
        Path broken = storage.dataDir().resolve("templates").resolve(DocumentTemplate.CONSULTATION_LETTER.fileName());
        Files.createDirectories(broken.getParent());
        try (InputStream template = TemplateSource.defaults().openDefault(DocumentTemplate.CONSULTATION_LETTER)) {
            Files.write(broken, TemplateEdits.renameTag(template.readAllBytes(), "case.operationName", "case.operatonName"));
        }
        try {
            Api department = Api.as(http, "kankyo");
            Api secretariat = Api.as(http, "jimukyoku");
            long meeting = secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 31,
                    "heldOn", LocalDate.now().plusDays(25).toString(), "startsAt", "10:00", "place", "市役所5階 大会議室",
                    "memberIds", List.of(1, 2))).getBody().path("meeting").path("id").asLong();
            long id = department.post("/api/consultations", Api.kodairaQuestionnaireDraft()).getBody().path("id").asLong();
            department.post("/api/consultations/" + id + "/submit", null);
            Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED);

            ResponseEntity<JsonNode> assigned = secretariat.post("/api/consultations/" + id + "/meeting-assignment",
                    Map.of("meetingId", meeting));

            assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(assigned.getBody().path("statusLabel").asText()).isEqualTo("審議予定");
            JsonNode failure = StreamSupport.stream(secretariat.get("/api/consultations/" + id + "/history").getBody().spliterator(), false)
                    .filter(entry -> entry.path("action").asText().equals("DOCUMENTS_FAILED")).findFirst().orElseThrow();
            assertThat(failure.path("details").path("reason").asText()).contains("case.operatonName");

            ResponseEntity<JsonNode> packet = secretariat.post("/api/meetings/" + meeting + "/packet", null);
            assertThat(packet.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(packet.getBody().path("detail").asText()).contains("「諮問書」を作成できません", "（case.operatonName）");
            FaultReport.row("テンプレートの誤り（差込項目の綴り違い）", "会議割当は完了し、経過に「資料作成の失敗」と理由、会議資料の作成は 422 で項目名を表示",
                    "なし（テンプレートを直せば資料を作り直せる）");
        } finally {
            Files.deleteIfExists(broken);
        }
    }
}

package jp.shingikai.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.templates.TemplateEdits;
import jp.shingikai.templates.WarmOffice;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.groups.Tuple;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A meeting with two 諮問 and one 報告: papers made on assignment, the packet built, rebuilt and re-templated. */
@DemoApplicationTest
class MeetingPacketApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    WarmOffice office;

    @Test
    void thePacketHoldsTheAgendaThenEachItemsPapersAndIsRebuiltAsANewVersion() throws Exception {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = secretariat.scheduleMeeting(21, LocalDate.now().plusDays(40));
        long questionnaire = scheduledConsultation("kankyo", Api.kodairaQuestionnaireDraft(), meeting);
        scheduledConsultation("shimin", Api.kodairaOnlineBookingDraft(), meeting);
        scheduledReport(meeting);

        JsonNode caseDocuments = ok(secretariat.get("/api/consultations/" + questionnaire + "/documents"), HttpStatus.OK);
        assertThat(caseDocuments).extracting(d -> d.path("title").asText()).containsExactlyInAnyOrder("資料1 諮問書",
                "資料1 諮問事項別説明書（専門的な知見に基づく意見）");

        JsonNode letter = StreamSupport.stream(caseDocuments.spliterator(), false)
                .filter(d -> d.path("title").asText().equals("資料1 諮問書")).findFirst().orElseThrow();
        String letterText = agendaText(WordprocessingMLPackage.load(new ByteArrayInputStream(download(secretariat, letter))));
        assertThat(letterText).as("the grounds of today's rule set the decision table chose, and only those, are checked")
                .contains("個人情報の保護に関する法律第129条及び小平市個人情報の保護に関する法律施行条例の規定により",
                        "☑ 専門的な知見に基づく意見を特に必要とする個人情報の取扱い（法第129条）",
                        "☐ 個人情報の適正な取扱いを確保するための基準の策定（法第129条）")
                .doesNotContain("本人以外からの収集（");

        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!office.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long warmBefore = office.warmConversions();
        JsonNode packet = ok(secretariat.post("/api/meetings/" + meeting + "/packet", null), HttpStatus.CREATED);
        assertThat(packet).extracting(d -> d.path("kind").asText()).containsExactly("AGENDA", "PACKET_ZIP", "PACKET_PDF");
        assertThat(office.warmConversions() - warmBefore).as("the PDF made by the LibreOffice started with the application").isEqualTo(6);
        List<String> entries = zipEntries(download(secretariat, packet.get(1)));
        assertThat(entries).containsExactly("00_会議次第.docx", "01_資料1_諮問書.docx",
                "02_資料1_諮問事項別説明書（専門的な知見に基づく意見）.docx", "03_資料2_諮問書.docx",
                "04_資料2_諮問事項別説明書（取扱いの基準の策定）.docx", "05_資料3_報告書.docx");
        try (PDDocument pdf = Loader.loadPDF(download(secretariat, packet.get(2)))) {
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).hasSize(6).startsWith("会議次第", "資料1 諮問書");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(6);
        }

        JsonNode rebuilt = ok(secretariat.post("/api/meetings/" + meeting + "/packet", null), HttpStatus.CREATED);
        assertThat(rebuilt.get(1).path("version").asInt()).isEqualTo(2);
        assertThat(download(secretariat, packet.get(1))).as("version 1 stays downloadable").isNotEmpty();
        Api member = Api.as(http, "iin-suzuki");
        assertThat(member.get("/api/documents/" + packet.get(2).path("id").asLong() + "/content").getStatusCode())
                .as("not before it is distributed").isEqualTo(HttpStatus.FORBIDDEN);
        ok(secretariat.post("/api/meetings/" + meeting + "/distribution", null), HttpStatus.OK);
        assertThat(download(member, packet.get(2))).as("a member of the meeting reads its packet once distributed").isNotEmpty();
        assertThat(Api.as(http, "kosodate").get("/api/documents/" + packet.get(2).path("id").asLong() + "/content").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAgendaIsReorderedUntilThePacketIsDistributed() {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = secretariat.scheduleMeeting(23, LocalDate.now().plusDays(60));
        scheduledConsultation("kankyo", Api.kodairaQuestionnaireDraft(), meeting);
        scheduledConsultation("shimin", Api.kodairaOnlineBookingDraft(), meeting);
        String agenda = "/api/meetings/" + meeting + "/agenda";

        JsonNode reordered = ok(secretariat.put(agenda, Map.of("order", List.of(2, 1)), null), HttpStatus.OK);

        assertThat(reordered).extracting(item -> item.path("handoutNumber").asInt(), item -> item.path("title").asText().contains("オンライン結合"))
                .containsExactly(Tuple.tuple(1, true), Tuple.tuple(2, false));
        assertThat(secretariat.put(agenda, Map.of("order", List.of(1, 1)), null).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(Api.as(http, "soumu").put(agenda, Map.of("order", List.of(1, 2)), null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ok(secretariat.post("/api/meetings/" + meeting + "/packet", null), HttpStatus.CREATED);
        ok(secretariat.post("/api/meetings/" + meeting + "/distribution", null), HttpStatus.OK);
        assertThat(secretariat.put(agenda, Map.of("order", List.of(2, 1)), null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aReplacedTemplateIsUsedForTheNextPacketAndABrokenOneIsRefused() throws Exception {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = ok(secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 22,
                "heldOn", LocalDate.now().plusDays(50).toString(), "startsAt", "13:30", "place", "市役所5階 大会議室",
                "memberIds", List.of(1, 2))), HttpStatus.CREATED).path("meeting").path("id").asLong();

        ResponseEntity<JsonNode> broken = uploadTemplate(secretariat, "agenda.docx", "これは Word 文書ではありません".getBytes());
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(broken.getBody().path("detail").asText()).contains("Word 形式（.docx）");
        ResponseEntity<JsonNode> forbidden = uploadTemplate(Api.as(http, "soumu"), "agenda.docx", templateWithNote("x"));
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(uploadTemplate(secretariat, "agenda.docx", templateWithNote("傍聴は事前にお申し込みください。"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode packet = ok(secretariat.post("/api/meetings/" + meeting + "/packet", null), HttpStatus.CREATED);
        WordprocessingMLPackage agenda = WordprocessingMLPackage.load(new ByteArrayInputStream(download(secretariat, packet.get(0))));
        assertThat(agendaText(agenda)).contains("傍聴は事前にお申し込みください。");
        assertThat(ok(secretariat.get("/api/templates"), HttpStatus.OK)).anySatisfy(template -> {
            assertThat(template.path("fileName").asText()).isEqualTo("agenda.docx");
            assertThat(template.path("replaced").asBoolean()).isTrue();
        });
    }

    private long scheduledConsultation(String department, ObjectNode draft, long meeting) {
        Api drafter = Api.as(http, department);
        long id = ok(drafter.post("/api/consultations", draft), HttpStatus.CREATED).path("id").asLong();
        ok(drafter.post("/api/consultations/" + id + "/submit", null), HttpStatus.OK);
        ok(Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED), HttpStatus.OK);
        ok(Api.as(http, "jimukyoku").post("/api/consultations/" + id + "/meeting-assignment", Map.of("meetingId", meeting)),
                HttpStatus.OK);
        return id;
    }

    private void scheduledReport(long meeting) {
        Api department = Api.as(http, "kosodate");
        long id = ok(department.post("/api/reports", Map.of(
                "title", "子育て世帯への臨時特別給付金事業における個人情報の本人以外からの収集及び目的外利用について",
                "summary", "児童手当の受給者情報及び住民基本台帳の情報を利用し、給付金を支給した。")), HttpStatus.CREATED).path("id").asLong();
        ok(department.post("/api/reports/" + id + "/submit", null), HttpStatus.OK);
        ok(Api.as(http, "soumu").post("/api/reports/" + id + "/review", Map.of("outcome", "ACCEPTED")), HttpStatus.OK);
        ok(Api.as(http, "jimukyoku").post("/api/reports/" + id + "/meeting-assignment", Map.of("meetingId", meeting)), HttpStatus.OK);
    }

    private byte[] templateWithNote(String note) throws Exception {
        ResponseEntity<byte[]> current = http.exchange("/api/templates/agenda.docx", HttpMethod.GET,
                new HttpEntity<>(auth("jimukyoku")), byte[].class);
        return TemplateEdits.appendParagraph(current.getBody(), note);
    }

    private ResponseEntity<JsonNode> uploadTemplate(Api user, String fileName, byte[] content) {
        HttpHeaders headers = auth(user.username());
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return http.exchange("/api/templates/" + fileName, HttpMethod.PUT, new HttpEntity<>(content, headers), JsonNode.class);
    }

    private byte[] download(Api user, JsonNode document) {
        ResponseEntity<byte[]> response = http.exchange("/api/documents/" + document.path("id").asLong() + "/content",
                HttpMethod.GET, new HttpEntity<>(auth(user.username())), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static HttpHeaders auth(String username) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, "demo-" + username);
        return headers;
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static String agendaText(WordprocessingMLPackage document) {
        StringBuilder text = new StringBuilder();
        document.getMainDocumentPart().getContent().forEach(node -> text.append(org.docx4j.TextUtils.getText(node)));
        return text.toString();
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response, HttpStatus expected) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(expected);
        return response.getBody();
    }
}

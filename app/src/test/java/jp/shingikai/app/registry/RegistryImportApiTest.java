package jp.shingikai.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Importing a published registry report with a batch of bad files beside it, through the API. */
@DemoApplicationTest
class RegistryImportApiTest {

    private static final String KAWAGUCHI = Fixtures.text("kawaguchi-2014-council-registry-report.txt");

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theReportIsImportedWhileEachBadFileGetsItsOwnMessageAndReimportingChangesNothing() {
        byte[] report = TestDocuments.docx(KAWAGUCHI);
        JsonNode summary = upload("soumu", List.of(
                file("川口市_登録報告.docx", report),
                file("保護された資料.pdf", TestDocuments.encryptedPdf(KAWAGUCHI, "secret")),
                file("空.pdf", new byte[0]),
                file("壊れた.docx", Arrays.copyOf(report, 700)),
                file("議事録.txt", "本日の会議は予定どおり開催した。".getBytes(StandardCharsets.UTF_8))));

        assertThat(summary.path("files")).extracting(f -> f.path("fileName").asText() + " " + f.path("outcome").asText())
                .containsExactly("川口市_登録報告.docx IMPORTED", "保護された資料.pdf ENCRYPTED", "空.pdf FAILED",
                        "壊れた.docx FAILED", "議事録.txt UNRECOGNIZED");
        JsonNode imported = summary.path("files").get(0);
        assertThat(imported.path("created").asInt()).as("7 new + 23 changed operations not seen before + 24 provisions")
                .isEqualTo(7 + 23 + 24);
        assertThat(imported.path("updated").asInt()).as("two 修正 rows touch an operation already listed").isEqualTo(2);
        assertThat(imported.path("review").asInt()).isZero();
        assertThat(summary.path("files").get(1).path("message").asText()).contains("パスワードで保護されている");
        assertThat(summary.path("files").get(2).path("message").asText()).contains("空のファイル");
        assertThat(summary.path("hasFailures").asBoolean()).isTrue();

        long entries = count("registry_entry");
        JsonNode again = upload("jimukyoku", List.of(file("再送_登録報告.docx", report)));
        assertThat(again.path("files").get(0).path("outcome").asText()).isEqualTo("SKIPPED");
        assertThat(count("registry_entry")).isEqualTo(entries);
    }

    @Test
    void anEntryKeepsItsVersionsWithTheirSourceAndTheDateAsPrinted() {
        // The same layout from another municipality, so this test does not depend on the other's import.
        upload("soumu", List.of(file("warabi-report.docx", TestDocuments.docx(KAWAGUCHI.replace("川口市", "蕨市")))));
        Api viewer = Api.as(http, "etsuran");
        JsonNode found = viewer.get("/api/registry/entries?municipality=蕨市&name=介護保険資格管理業務").getBody();
        assertThat(found).singleElement().satisfies(entry -> assertThat(entry.path("department").asText()).isEqualTo("介護保険課"));

        JsonNode entry = viewer.get("/api/registry/entries/" + found.get(0).path("id").asLong()).getBody();
        assertThat(entry.path("versions")).hasSize(2);
        JsonNode second = entry.path("versions").get(1);
        assertThat(second.path("kind").asText()).isEqualTo("CHANGE");
        assertThat(second.path("effectiveOn").asText()).isEqualTo("2014-02-01");
        assertThat(second.path("effectiveOnText").asText()).isEqualTo("平成26年2月1日");
        assertThat(second.path("source").asText()).startsWith("warabi-report.docx 修正");
    }

    @Test
    void anAnnualReportAddsRecordedItemsToTheOperationsItNames() {
        JsonNode summary = upload("jimukyoku", List.of(file("三鷹市_運用状況.docx",
                TestDocuments.docx(Fixtures.text("mitaka-2021-privacy-system-report.txt")))));

        assertThat(summary.path("files").get(0).path("importer").asText()).contains("記録項目");
        JsonNode found = Api.as(http, "etsuran").get("/api/registry/entries?municipality=三鷹市&name=住民基本台帳事務").getBody();
        JsonNode entry = Api.as(http, "etsuran").get("/api/registry/entries/" + found.get(0).path("id").asLong()).getBody();
        assertThat(entry.path("versions").get(0).path("fields").path("recordedItems").asText()).isEqualTo("氏名、住所、個人番号");
        assertThat(entry.path("versions").get(0).path("fields").path("myNumber").asText()).isEqualTo("true");
    }

    @Test
    void aConsultationPacketFilesItsNotificationsAndTheRecipientOfItsOnlineProvision() {
        JsonNode summary = upload("soumu", List.of(file("小平市_審議会資料.docx",
                TestDocuments.docx(Fixtures.text("kodaira-2022-council-consultation-packet.txt")))));

        assertThat(summary.path("files").get(0).path("outcome").asText()).isEqualTo("IMPORTED");
        Api viewer = Api.as(http, "etsuran");
        JsonNode found = viewer.get("/api/registry/entries?municipality=小平市&name=地域センター等貸出し事務").getBody();
        JsonNode versions = viewer.get("/api/registry/entries/" + found.get(0).path("id").asLong()).getBody().path("versions");
        assertThat(versions).anySatisfy(version -> assertThat(version.path("fields").path("registrationNumber").asText()).isEqualTo("117"));
        assertThat(versions).anySatisfy(version -> assertThat(version.path("fields").path("recipient").asText())
                .endsWith("株式会社パスコ"));
    }

    @Test
    void aReportWhoseLinesMixShiftJisAndUtf8AndHalfWidthKatakanaGivesCleanEntries() {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        Charset shiftJis = Charset.forName("windows-31j");
        mixed.writeBytes("令和5年度 第1回 かすみ市個人情報保護審議会\n1 個人情報取扱事務の新規登録について\n".getBytes(shiftJis));
        mixed.writeBytes("番号\t事務の名称\t開始年月日\t所管課\t目的\n".getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes("1\tｺﾐｭﾆﾃｨﾊﾞｽ利用登録事務\t令和5年4月1日\t交通政策課\t乗車証を交付するため\n".getBytes(shiftJis));
        mixed.writeBytes("2\t髙齢者ｻﾛﾝ運営事務\t令和5年5月1日\t高齢福祉課\t参加者を登録するため\n".getBytes(StandardCharsets.UTF_8));

        JsonNode summary = upload("soumu", List.of(file("kasumi.txt", mixed.toByteArray())));

        assertThat(summary.path("files").get(0).path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(summary.path("files").get(0).path("message").asText()).contains("混在");
        JsonNode entries = Api.as(http, "etsuran").get("/api/registry/entries?municipality=かすみ市").getBody();
        assertThat(entries).extracting(entry -> entry.path("operationName").asText())
                .containsExactlyInAnyOrder("コミュニティバス利用登録事務", "髙齢者サロン運営事務");
        assertThat(entries.toString()).doesNotContain("\uFFFD");
    }

    @Test
    void onlyGeneralAffairsAndTheSecretariatImport() {
        ResponseEntity<JsonNode> response = post("kankyo", List.of(file("a.txt", "x".getBytes(StandardCharsets.UTF_8))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aKnownLayoutWithNoRowToReadIsKeptAsAnUnknownLayoutNotCountedAsImported() {
        JsonNode result = upload("soumu", List.of(file("akiruno.txt", """
                令和6年度 第2回 あきる野市個人情報保護審議会
                1 個人情報取扱事務の新規登録について
                番号\t事務の名称\t開始年月日\t所管課\t目的
                """.getBytes(StandardCharsets.UTF_8))));

        JsonNode file = result.path("files").get(0);
        assertThat(file.path("outcome").asText()).isEqualTo("UNRECOGNIZED");
        assertThat(file.path("message").asText()).contains("未対応の様式", "あきる野市");
    }

    @Test
    void aRowLeftForReviewIsSettledOnceWithAReason() {
        upload("soumu", List.of(file("fujimi.txt", """
                令和5年度 第1回 富士見市個人情報保護審議会
                1 個人情報取扱事務の新規登録について
                番号\t事務の名称\t開始年月日\t所管課\t目的
                1\t\t令和5年4月1日\t市民課\t名称の欠けた行
                """.getBytes(StandardCharsets.UTF_8))));
        JsonNode item = StreamSupport.stream(Api.as(http, "soumu").get("/api/registry/review").getBody().spliterator(), false)
                .filter(row -> row.path("file").asText().equals("fujimi.txt")).findFirst().orElseThrow();
        String resolution = "/api/registry/review/" + item.path("id").asLong() + "/resolution";

        assertThat(Api.as(http, "soumu").post(resolution, Map.of("resolution", "")).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(Api.as(http, "etsuran").post(resolution, Map.of("resolution", "x")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.as(http, "soumu").post(resolution, Map.of("resolution", "原本を確認し、登録簿に手で入力した。"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(Api.as(http, "soumu").get("/api/registry/review").getBody().toString()).doesNotContain("fujimi.txt");
        assertThat(Api.as(http, "soumu").post(resolution, Map.of("resolution", "もう一度")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void uploadsFromOwaspsListAreEachRefusedWithTheirReasonWhileTheRestOfTheBatchGoesIn() {
        byte[] report = TestDocuments.docx(KAWAGUCHI.replace("川口市", "鴻巣市"));
        long importsBefore = count("registry_import");
        JsonNode summary = upload("soumu", List.of(
                file("../../etc/鴻巣市_登録報告.docx", report),
                file("圧縮爆弾.docx", TestDocuments.withZipEntry(report, "word/media/filler.bin", new byte[96 * 1024 * 1024])),
                file("マクロ.docm", TestDocuments.docx(KAWAGUCHI.replace("川口市", "桶川市"))),
                file("マクロ入り.docx", TestDocuments.withZipEntry(report, "word/vbaProject.bin", new byte[] {1, 2, 3})),
                file("展開先の外.docx", TestDocuments.withZipEntry(report, "../../../tmp/evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8))),
                file("本当はWord.pdf", TestDocuments.docx(KAWAGUCHI.replace("川口市", "北本市")))));

        assertThat(summary.path("files")).extracting(f -> f.path("fileName").asText() + " " + f.path("outcome").asText())
                .containsExactly("鴻巣市_登録報告.docx IMPORTED", "圧縮爆弾.docx REFUSED", "マクロ.docm REFUSED", "マクロ入り.docx REFUSED",
                        "展開先の外.docx REFUSED", "本当はWord.pdf IMPORTED");
        assertThat(summary.path("files").get(1).path("message").asText()).contains("展開後のサイズが上限", "圧縮爆弾");
        assertThat(summary.path("files").get(2).path("message").asText()).contains("マクロを含む");
        assertThat(summary.path("files").get(3).path("message").asText()).contains("マクロを含む");
        assertThat(summary.path("files").get(4).path("message").asText()).contains("展開先の外を指すファイル名");
        assertThat(summary.path("files").get(5).path("message").asText()).contains("拡張子（.pdf）と内容（Word 文書）が一致しません");
        assertThat(count("registry_import")).as("only what went in is kept").isEqualTo(importsBefore + 2);
        assertThat(jdbc.sql("select file_name from registry_import order by id desc fetch first 2 rows only").query(String.class)
                .list()).containsExactly("本当はWord.pdf", "鴻巣市_登録報告.docx");
    }

    @Test
    void anUploadIsRefusedByItsDeclaredSizeBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            String credentials = Base64.getEncoder().encodeToString("soumu:demo-soumu".getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/registry/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + 10L * 1024 * 1024 * 1024
                    + "\r\nConnection: close\r\n\r\n--xyz\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // The answer comes while the declared body is still unsent; the server need not wait for it.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!received.toString(StandardCharsets.UTF_8).contains("上限を超えています")) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
            }
            String answer = received.toString(StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").contains("アップロードしたファイルが上限を超えています");
        }
    }

    @Test
    void aHundredThousandCharacterFieldIsRefusedBesideItsField() {
        ResponseEntity<JsonNode> response = Api.as(http, "kankyo").post("/api/consultations",
                Api.kodairaQuestionnaireDraft().put("title", "個人情報".repeat(25_000)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().path("errors").get(0).path("field").asText()).isEqualTo("/title");
        assertThat(response.getBody().path("errors").get(0).path("message").asText()).contains("文字");
    }

    private JsonNode upload(String user, List<HttpEntity<ByteArrayResource>> files) {
        ResponseEntity<JsonNode> response = post(user, files);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> post(String user, List<HttpEntity<ByteArrayResource>> files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        files.forEach(file -> body.add("files", file));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo-" + user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/registry/imports", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDispositionFormData("files", name);
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

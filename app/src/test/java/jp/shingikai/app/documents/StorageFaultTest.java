package jp.shingikai.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.FaultReport;
import jp.shingikai.app.FileText;
import jp.shingikai.app.precedents.RegistryUploads;
import jp.shingikai.app.problems.StorageUnavailableException;
import jp.shingikai.app.system.StorageProperties;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.TemplateEdits;
import jp.shingikai.templates.TemplateSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Faults of the disk under the application: a file store it cannot write, a replaced template deleted behind it. */
@DemoApplicationTest
class StorageFaultTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StorageProperties storage;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Tag("fault")
    void aFileStoreThatCannotBeWrittenRefusesTheImportAndWritesNothingHalf() throws Exception {
        Path files = storage.filesDirectory();
        Path away = files.resolveSibling("files-away");
        long imports = jdbc.sql("select count(*) from registry_import").query(Long.class).single();
        long entries = jdbc.sql("select count(*) from registry_entry").query(Long.class).single();
        Files.move(files, away);
        // Where the store's folder was there is now a file: nothing can be written below it (not even by root).
        Files.writeString(files, "not a folder");
        JsonNode summary;
        try {
            summary = RegistryUploads.upload(http, "soumu", "越谷市_登録報告.docx",
                    TestDocuments.docx(Fixtures.text("kawaguchi-2014-council-registry-report.txt").replace("川口市", "越谷市")));
        } finally {
            Files.delete(files);
            Files.move(away, files);
        }

        assertThat(summary.path("files").get(0).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(summary.path("files").get(0).path("message").asText()).isEqualTo(StorageUnavailableException.MESSAGE);
        assertThat(jdbc.sql("select count(*) from registry_import").query(Long.class).single()).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from registry_entry").query(Long.class).single())
                .as("no entry points at a file that is not there").isEqualTo(entries);
        FaultReport.row("ファイル保管場所に書き込めない", "取込み結果に「" + StorageUnavailableException.MESSAGE + "」",
                "なし（取込みは記録されず、復旧後にもう一度取り込める）");
    }

    @Test
    @Tag("fault")
    void aReplacedTemplateDeletedBehindTheApplicationsBackFallsBackToTheDefault() throws Exception {
        Api secretariat = Api.as(http, "jimukyoku");
        byte[] replacement;
        try (InputStream agenda = TemplateSource.defaults().openDefault(DocumentTemplate.AGENDA)) {
            replacement = TemplateEdits.appendParagraph(agenda.readAllBytes(), "差し替えた次第の注記です。");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("jimukyoku", "demo-jimukyoku");
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(http.exchange("/api/templates/agenda.docx", HttpMethod.PUT, new HttpEntity<>(replacement, headers), JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        Files.delete(storage.dataDir().resolve("templates").resolve(DocumentTemplate.AGENDA.fileName()));

        long meeting = secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 901,
                "heldOn", LocalDate.now().plusDays(30).toString(), "startsAt", "10:00", "place", "市役所5階 大会議室",
                "memberIds", List.of(1, 2, 3))).getBody().path("meeting").path("id").asLong();
        var packet = secretariat.post("/api/meetings/" + meeting + "/packet", null);

        assertThat(packet.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String agenda = FileText.docx(secretariat.download("/api/documents/" + packet.getBody().get(0).path("id").asLong() + "/content"));
        assertThat(agenda).contains("第901回", "1 議事").doesNotContain("差し替えた次第の注記です。");
        FaultReport.row("差し替えたテンプレートの削除", "会議資料は既定のテンプレートで作成される",
                "差し替えたテンプレートのみ（事務局が再登録する）。作成済みの資料は失われない");
    }
}

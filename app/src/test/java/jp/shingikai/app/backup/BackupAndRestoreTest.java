package jp.shingikai.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.ShingikaiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A backup of the running application, with a case walked up to its meeting papers, restored into an empty data
 * directory and started there: every table has the rows it had, every file its hash, and the case is found by search
 * again once the restored application has rebuilt its index.
 */
@DemoApplicationTest
class BackupAndRestoreTest {

    @Autowired
    BackupService backups;

    @Autowired
    TestRestTemplate http;

    @Test
    void aRestoredBackupHasEveryRowAndFileAndIsSearchableAgain() throws Exception {
        String title = "バックアップ確認用の図書館利用者調査について " + UUID.randomUUID().toString().substring(0, 8);
        long caseId = walkedToItsMeeting(title);
        Path work = Path.of("target", "backup-test-" + UUID.randomUUID());

        Manifest manifest = backups.create(work.resolve("backup"));
        assertThat(manifest.rowCounts()).containsKeys("consultation", "stored_document", "audit_event");
        assertThat(manifest.files().keySet()).contains("database.zip").anyMatch(file -> file.startsWith("files/"));

        Path restored = work.resolve("restored");
        DataSourceProperties database = new DataSourceProperties();
        database.setUrl("jdbc:h2:file:" + restored.toAbsolutePath() + "/db/shingikai");
        database.setUsername("sa");
        Restore.restore(work.resolve("backup"), restored, database);

        assertThat(rowCounts(database.getUrl())).as("every table, row for row").isEqualTo(manifest.rowCounts());
        try (var files = Files.walk(restored.resolve("files"))) {
            files.filter(Files::isRegularFile).forEach(file -> assertThat(sha256(file)).as("%s", file)
                    .isEqualTo(file.getFileName().toString()));
        }
        assertThat(manifest.files().keySet().stream().filter(file -> file.startsWith("files/")).count())
                .isEqualTo(countFiles(restored.resolve("files")));

        // As options on the command line, which outrank the test configuration's own data directory and database.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShingikaiApplication.class).run("--server.port=0",
                "--shingikai.data-dir=" + restored, "--spring.datasource.url=" + database.getUrl() + ";DB_CLOSE_ON_EXIT=FALSE",
                "--shingikai.search.index-prefix=restored-" + UUID.randomUUID(), "--flowable.async-executor-activate=false")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestRestTemplate restoredHttp = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
            JsonNode found = Api.as(restoredHttp, "etsuran").get("/api/precedents/consultations?q=" + title.split(" ")[1])
                    .getBody();
            assertThat(found.path("matches").findValuesAsText("consultationId")).as("reindexed from the restored database")
                    .contains(Long.toString(caseId));
        }
    }

    private long walkedToItsMeeting(String title) {
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 701,
                "heldOn", LocalDate.now().plusDays(20).toString(), "startsAt", "14:00", "place", "市役所3階 庁議室",
                "memberIds", java.util.List.of(1, 2, 3))).getBody().path("meeting").path("id").asLong();
        Api department = Api.as(http, "kankyo");
        ObjectNode draft = Api.kodairaQuestionnaireDraft().put("title", title);
        long id = department.post("/api/consultations", draft).getBody().path("id").asLong();
        department.post("/api/consultations/" + id + "/submit", null);
        Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED);
        assertThat(secretariat.post("/api/consultations/" + id + "/meeting-assignment", Map.of("meetingId", meeting))
                .getBody().path("statusLabel").asText()).isEqualTo("審議予定");
        return id;
    }

    private static Map<String, Long> rowCounts(String url) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            ResultSet tables = statement.executeQuery("select table_name from information_schema.tables"
                    + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')");
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"");
                count.next();
                counts.put(table.toLowerCase(), count.getLong(1));
            }
        }
        return counts;
    }

    private static String sha256(Path file) {
        try {
            return BackupFiles.sha256(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long countFiles(Path directory) throws Exception {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}

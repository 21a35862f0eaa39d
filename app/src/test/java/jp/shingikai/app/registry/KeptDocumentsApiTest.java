package jp.shingikai.app.registry;

import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.app.precedents.RegistryUploads;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.system.Hashes;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A published file no importer recognises is kept and searchable, and read again (再解析) once an importer knows it. */
@DemoApplicationTest
class KeptDocumentsApiTest {

    /** A 市報 page of another municipality: a notice no importer of today reads as a registry. */
    private static final String NOTICE = """
            広報ふじさわ 令和6年5月1日号
            個人情報の取扱いについてお知らせします
            市では、防災行政用無線の戸別受信機の貸与に当たり、申請者の氏名と住所を記録しています。
            問合せ 藤沢市総務部行政総務課
            """;
    private static final String REGISTRATION = """
            藤沢市情報公開・個人情報保護審議会 資料
            1 個人情報取扱事務の新規登録について
            No.\t担当課\t業務の名称\t個人情報の収集の目的\t記録の対象者\t業務開始年月日
            1\t防災安全課\t戸別受信機貸与事務\t受信機の貸与と回収\t貸与を受けた市民\t令和6年4月1日
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentStore files;

    @Test
    void anUnknownLayoutIsKeptAndFoundAndAnImproverImportsItOnReanalysis() throws Exception {
        JsonNode kept = RegistryUploads.upload(http, "jimukyoku", "広報ふじさわ_2024-05-01.docx", TestDocuments.docx(NOTICE));

        JsonNode file = kept.path("files").get(0);
        assertThat(file.path("outcome").asText()).isEqualTo("UNRECOGNIZED");
        assertThat(file.path("message").asText()).contains("未対応の様式", "藤沢市", "再解析");
        assertThat(kept.path("hasFailures").asBoolean()).as("kept, so not lost").isFalse();
        JsonNode unrecognised = ok(Api.as(http, "soumu").get("/api/registry/imports/unrecognised"));
        long keptId = unrecognised.get(unrecognised.size() - 1).path("id").asLong();
        assertThat(unrecognised.get(unrecognised.size() - 1).path("municipality").asText()).isEqualTo("藤沢市");

        searchCatchUp.index(SearchIndices.DOCUMENTS);
        JsonNode found = ok(Api.as(http, "etsuran").get("/api/precedents/documents?q=\"戸別受信機\"&type=取込資料"));
        assertThat(found.path("matches")).as("the kept file, found by what it says").extracting(match -> match.path("id").asText())
                .contains("import-" + keptId);

        String reanalysis = "/api/registry/imports/" + keptId + "/reanalysis";
        assertThat(Api.as(http, "jimukyoku").post(reanalysis, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode still = ok(Api.as(http, "soumu").post(reanalysis, null));
        assertThat(still.path("outcome").asText()).as("no importer knows it yet").isEqualTo("UNRECOGNIZED");

        // A file an older release kept, which today's importers recognise
        long older = olderKept("藤沢市_登録報告.txt", REGISTRATION.getBytes(StandardCharsets.UTF_8));
        JsonNode imported = ok(Api.as(http, "soumu").post("/api/registry/imports/" + older + "/reanalysis", null));
        assertThat(imported.path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(imported.path("created").asInt()).isEqualTo(1);
        assertThat(ok(Api.as(http, "soumu").get("/api/registry/entries?municipality=藤沢市&name=戸別受信機"))).hasSize(1);
        assertThat(Api.as(http, "soumu").post("/api/registry/imports/" + older + "/reanalysis", null).getStatusCode())
                .as("imported now").isEqualTo(HttpStatus.CONFLICT);
        assertThat(ok(Api.as(http, "soumu").get("/api/registry/imports/unrecognised"))).extracting(f -> f.path("id").asLong())
                .contains(keptId).doesNotContain(older);
    }

    @Test
    void theSameContentImportedAgainInAnotherFormatAddsNoVersionAndSaysWhereElseItWasPublished() {
        String registration = REGISTRATION.replace("藤沢市", "茅ヶ崎市").replace("戸別受信機貸与事務", "防災ラジオ貸与事務");
        RegistryUploads.upload(http, "soumu", "茅ヶ崎市_登録報告.txt", registration.getBytes(StandardCharsets.UTF_8));

        JsonNode again = RegistryUploads.upload(http, "soumu", "茅ヶ崎市_登録報告.docx", TestDocuments.docx(registration))
                .path("files").get(0);

        assertThat(again.path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(again.path("created").asInt() + again.path("updated").asInt()).isZero();
        assertThat(again.path("message").asText()).contains("同じ内容の掲載");
        JsonNode entries = ok(Api.as(http, "soumu").get("/api/registry/entries?municipality=茅ヶ崎市&name=防災ラジオ"));
        JsonNode entry = ok(Api.as(http, "soumu").get("/api/registry/entries/" + entries.get(0).path("id").asLong()));
        assertThat(entry.path("versions")).singleElement().satisfies(version -> assertThat(version.path("alsoPublishedIn"))
                .extracting(JsonNode::asText).singleElement().asString().startsWith("茅ヶ崎市_登録報告.docx 新規登録"));
    }

    @Test
    void aFileThatNeverNamesItsMunicipalityIsAReviewItemUntilTheImporterNamesIt() {
        String unnamed = REGISTRATION.replace("藤沢市情報公開・個人情報保護審議会 資料", "審議会資料")
                .replace("戸別受信機貸与事務", "避難行動要支援者名簿事務");

        JsonNode blank = RegistryUploads.upload(http, "soumu", "名簿_登録報告.txt", unnamed.getBytes(StandardCharsets.UTF_8))
                .path("files").get(0);
        assertThat(blank.path("review").asInt()).isEqualTo(1);
        assertThat(ok(Api.as(http, "soumu").get("/api/registry/review"))).extracting(item -> item.path("reason").asText())
                .anyMatch(reason -> reason.startsWith("団体名を読み取れませんでした"));

        JsonNode named = RegistryUploads.multipart(http, "soumu", "/api/registry/imports?municipality=寒川町", "files",
                "名簿_登録報告_寒川町.txt", (unnamed + " ").getBytes(StandardCharsets.UTF_8)).getBody().path("files").get(0);
        assertThat(named.path("created").asInt()).isEqualTo(1);
        assertThat(named.path("review").asInt()).isZero();
        assertThat(ok(Api.as(http, "soumu").get("/api/registry/entries?municipality=寒川町&name=避難行動要支援者"))).hasSize(1);
    }

    private long olderKept(String name, byte[] content) {
        String sha256 = files.put(content);
        assertThat(sha256).isEqualTo(Hashes.sha256(content));
        jdbc.sql("insert into registry_import (file_name, sha256, media_type, outcome, imported_by, imported_at)"
                + " values (?, ?, 'text/plain', 'UNRECOGNIZED', 'soumu', ?)").params(name, sha256, OffsetDateTime.now()).update();
        return jdbc.sql("select id from registry_import where sha256 = ?").param(sha256).query(Long.class).single();
    }
}

package jp.shingikai.app.registry;

import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.app.precedents.RegistryUploads;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.TestDocuments;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Our own 個人情報ファイル簿 (小平市) imported from Excel and from PDF beside a 条例-era 登録簿 entry: each item kept and
 * shown in the register's order, the 条例-era entry linked to its successor, both eras searchable with an era facet,
 * and the register exported as residents read it.
 */
@DemoApplicationTest
class FileRegisterApiTest {

    private static final List<String> HEADINGS = List.of("個人情報ファイルの名称", "行政機関等の名称",
            "個人情報ファイルが利用に供される事務をつかさどる組織の名称", "個人情報ファイルの利用目的", "記録項目", "記録範囲", "記録情報の収集方法",
            "要配慮個人情報が含まれるときは、その旨", "記録情報の経常的提供先", "開示請求等を受理する組織の名称及び所在地",
            "訂正及び利用停止に関する他の法令の規定による特別の手続等", "個人情報ファイルの種別", "備考");
    private static final String TABLE = String.join("\t", "番号", "個人情報ファイルの名称", "行政機関等の名称", "担当組織", "利用目的",
            "記録項目", "記録範囲", "収集方法", "要配慮個人情報の有無", "経常的提供先", "開示請求等を受理する組織", "訂正・利用停止の特別手続",
            "電算処理/マニュアル処理の別", "作成年月日", "備考") + "\n"
            + String.join("\t", "1", "住民記録ファイル", "小平市長", "市民部市民課", "住民の居住関係の公証", "氏名、住所、生年月日、個人番号",
            "市の住民基本台帳に記録されている者", "本人からの届出", "無", "地方公共団体情報システム機構", "総務部総務課", "住民基本台帳法第14条",
            "電算処理", "令和5年4月1日", "") + "\n"
            + String.join("\t", "2", "介護保険資格ファイル", "小平市長", "健康福祉部高齢者支援課", "介護保険の資格管理と給付",
            "氏名、住所、被保険者番号、要介護状態区分", "65歳以上の市民", "本人からの申請", "有", "東京都国民健康保険団体連合会", "総務部総務課",
            "なし", "電算処理", "令和5年4月1日", "") + "\n";
    private static final String SHEET = """
            小平市 個人情報ファイル簿
            個人情報ファイルの名称\t児童手当受給ファイル
            行政機関等の名称\t小平市長
            担当組織\t子ども家庭部子育て支援課
            利用目的\t児童手当の認定及び支給
            記録項目\t氏名、住所、振込先口座、所得額
            記録範囲\t児童手当の受給者
            収集方法\t本人からの申請
            要配慮個人情報の有無\t無
            経常的提供先\tなし
            開示請求等を受理する組織\t総務部総務課
            訂正・利用停止の特別手続\tなし
            電算処理/マニュアル処理の別\t電算処理
            備考\t
            """;
    private static final String ORDINANCE_REGISTRATION = """
            小平市情報公開・個人情報保護審議会 資料
            1 個人情報取扱事務の新規登録について
            No.\t担当課\t業務の名称\t個人情報の収集の目的\t記録の対象者\t業務開始年月日
            1\t市民部市民課\t住民記録事務\t住民の居住関係の公証\t住民基本台帳に記録されている者\t平成14年4月1日
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    @Test
    void theFileRegisterOfBothShapesIsKeptItemByItemLinkedSearchedAndExported() throws Exception {
        JsonNode fromExcel = RegistryUploads.upload(http, "soumu", "小平市_ファイル簿.xlsx",
                TestDocuments.xlsx(Map.of("ファイル簿", TABLE))).path("files").get(0);
        JsonNode fromPdf = RegistryUploads.upload(http, "soumu", "小平市_ファイル簿_児童手当.pdf", TestDocuments.publishedPdf(SHEET))
                .path("files").get(0);
        RegistryUploads.upload(http, "soumu", "小平市_登録報告.txt", ORDINANCE_REGISTRATION.getBytes(StandardCharsets.UTF_8));

        assertThat(List.of(fromExcel, fromPdf)).extracting(f -> f.path("outcome").asText() + " " + f.path("importer").asText())
                .containsOnly("IMPORTED 個人情報ファイル簿");
        assertThat(fromExcel.path("created").asInt()).isEqualTo(2);
        assertThat(fromExcel.path("review").asInt()).as("the column 作成年月日 is named for review").isEqualTo(1);
        assertThat(fromPdf.path("created").asInt()).isEqualTo(1);

        Api soumu = Api.as(http, "soumu");
        JsonNode care = entry(soumu, "介護保険資格ファイル");
        assertThat(care.path("registerLabel").asText()).isEqualTo("個人情報ファイル簿");
        JsonNode fields = care.path("versions").get(0).path("fields");
        assertThat(names(fields)).as("the register's order, then what it does not list").containsExactly("fileName", "agency",
                "organization", "purpose", "recordItems", "recordScope", "collectionMethod", "sensitiveInformation",
                "regularRecipients", "disclosureOffice", "specialProcedures", "processing", "作成年月日");
        assertThat(fields.path("sensitiveInformation").asText()).isEqualTo("有");
        assertThat(care.path("versions").get(0).path("source").asText()).startsWith("小平市_ファイル簿.xlsx 個人情報ファイル簿").endsWith("行目");
        JsonNode allowance = entry(soumu, "児童手当受給ファイル");
        assertThat(allowance.path("versions").get(0).path("fields").path("organization").asText()).isEqualTo("子ども家庭部子育て支援課");

        // the 条例-era entry finds its successor, and 総務課 links them
        JsonNode operation = entry(soumu, "住民記録事務");
        long fileId = entry(soumu, "住民記録ファイル").path("entry").path("id").asLong();
        assertThat(operation.path("suggestions")).extracting(s -> s.path("operationName").asText()).first().isEqualTo("住民記録ファイル");
        String links = "/api/registry/entries/" + operation.path("entry").path("id").asLong() + "/links";
        assertThat(Api.as(http, "etsuran").post(links, Map.of("entryId", fileId)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(soumu.post("/api/registry/entries/" + fileId + "/links", Map.of("entryId",
                care.path("entry").path("id").asLong())).getStatusCode()).as("two files are no succession")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode linked = ok(soumu.post(links, Map.of("entryId", fileId)));
        assertThat(linked.path("linked")).extracting(l -> l.path("operationName").asText()).containsExactly("住民記録ファイル");
        assertThat(linked.path("suggestions")).extracting(s -> s.path("operationName").asText()).doesNotContain("住民記録ファイル");
        assertThat(entry(soumu, "住民記録ファイル").path("linked")).extracting(l -> l.path("operationName").asText())
                .containsExactly("住民記録事務");

        // both eras in one search, told apart by the era facet; as a phrase, since other tests of this context import
        // 小平市 entries that name 住民 and 記録 apart
        searchCatchUp.index(SearchIndices.REGISTRY);
        JsonNode both = ok(soumu.get("/api/precedents/registry?municipality=小平市&q=\"住民記録\""));
        assertThat(both.path("facets").path("era").path("OPERATION").asLong()).isEqualTo(1);
        assertThat(both.path("facets").path("era").path("FILE").asLong()).isEqualTo(1);
        JsonNode files = ok(soumu.get("/api/precedents/registry?municipality=小平市&era=FILE"));
        assertThat(files.path("matches")).isNotEmpty().allSatisfy(match -> assertThat(match.path("entry").path("register").asText())
                .isEqualTo("FILE"));

        // exported as residents read it: the thirteen items in order, one row per file
        String csv = new String(soumu.download("/api/registry/files/export?format=csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"" + String.join("\",\"", HEADINGS) + "\"");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(4).anySatisfy(line -> assertThat(line).startsWith(
                "\"介護保険資格ファイル\",\"小平市長\",\"健康福祉部高齢者支援課\",\"介護保険の資格管理と給付\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(soumu.download(
                "/api/registry/files/export?format=xlsx&municipality=小平市")))) {
            List<String> header = new ArrayList<>();
            workbook.getSheet("個人情報ファイル簿").getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(HEADINGS);
            List<String> names = new ArrayList<>();
            for (Row row : workbook.getSheet("個人情報ファイル簿")) {
                names.add(row.getCell(0).getStringCellValue());
            }
            assertThat(names.get(0)).isEqualTo(HEADINGS.get(0));
            assertThat(names.subList(1, names.size())).contains("住民記録ファイル", "介護保険資格ファイル", "児童手当受給ファイル")
                    .as("one row per file, by name").isSorted();
        }
        assertThat(soumu.get("/api/registry/files/export?format=pdf").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private JsonNode entry(Api user, String name) {
        JsonNode found = ok(user.get("/api/registry/entries?municipality=小平市&name=" + name));
        long id = StreamSupport.stream(found.spliterator(), false).filter(e -> e.path("operationName").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + found)).path("id").asLong();
        return ok(user.get("/api/registry/entries/" + id));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

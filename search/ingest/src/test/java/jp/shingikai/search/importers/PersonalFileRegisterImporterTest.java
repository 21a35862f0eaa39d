package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.shingikai.search.extraction.ExtractionLimits;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.TikaTextExtractor;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 個人情報ファイル簿 of two municipalities the fixtures do not cover, written here in both published shapes (one table
 * for many files; one sheet per file) and read back through Tika from every format they come in.
 */
class PersonalFileRegisterImporterTest {

    private static final TikaTextExtractor TIKA = new TikaTextExtractor(ExtractionLimits.defaults());
    private static final String BOM = "\uFEFF";

    /** 八王子市: one table, an item per column, with a column the Act's list does not have (保有開始年月日). */
    private static final String TABLE = """
            八王子市 個人情報ファイル簿（令和6年4月1日現在）
            No.\t個人情報ファイルの名称\t行政機関等の名称\t個人情報ファイルが利用に供される事務をつかさどる組織の名称\t個人情報ファイルの利用目的\t記録項目\t記録範囲\t記録情報の収集方法\t要配慮個人情報が含まれるときは、その旨\t記録情報の経常的提供先\t開示請求等を受理する組織の名称及び所在地\t訂正及び利用停止に関する他の法令の規定による特別の手続等\t個人情報ファイルの種別\t保有開始年月日\t備考
            1\t住民基本台帳ファイル\t八王子市長\t市民部市民課\t住民の居住関係の公証及び住民に関する記録の適正な管理\t氏名、生年月日、性別、住所、個人番号、世帯主との続柄\t市の住民基本台帳に記録されている者\t本人からの届出、他の市町村からの通知\t含まない\t地方公共団体情報システム機構\t総務部総務課（八王子市元本郷町三丁目24番1号）\t住民基本台帳法第14条第2項\t電算処理ファイル\t平成11年4月1日\t
            2\t国民健康保険被保険者ファイル\t八王子市長\t医療保険部保険年金課\t国民健康保険の資格管理、保険税の賦課及び保険給付\t氏名、住所、生年月日、被保険者記号番号、療養の給付の記録、個人番号\t市の国民健康保険の被保険者及び世帯主\t本人からの届出、医療機関からの診療報酬明細書\t含む\t東京都国民健康保険団体連合会\t総務部総務課（八王子市元本郷町三丁目24番1号）\tなし\t電算処理ファイル\t昭和36年4月1日\t
            3\t児童手当受給者ファイル\t八王子市長\t子ども家庭部子育て支援課\t児童手当の認定及び支給\t氏名、住所、児童の氏名及び生年月日、振込先口座、所得額\t児童手当の受給者及び対象児童\t本人からの申請\t含まない\tなし\t総務部総務課（八王子市元本郷町三丁目24番1号）\tなし\t電算処理ファイル及びマニュアル処理ファイル\t昭和47年1月1日\t所得の記録は5年で消去
            """;

    /** 松本市: one file per sheet, an item per row, labelled shortly; a value running on to an unlabelled row. */
    private static final List<String> SHEETS = List.of("""
            個人情報ファイル簿
            個人情報ファイルの名称\t介護保険被保険者ファイル
            行政機関等の名称\t松本市長
            担当組織\t健康福祉部介護保険課
            利用目的\t介護保険の資格管理、保険料の賦課徴収及び保険給付
            記録項目\t氏名、住所、生年月日、被保険者番号、要介護状態区分、保険料額
            \t個人番号
            記録範囲\t市内に住所を有する65歳以上の者及び40歳以上65歳未満の医療保険加入者
            収集方法\t本人からの申請、主治医意見書
            要配慮個人情報の有無\t有
            経常的提供先\t長野県国民健康保険団体連合会
            開示請求等を受理する組織\t総務部行政管理課
            訂正・利用停止の特別手続\tなし
            電算処理/マニュアル処理の別\t電算処理
            政令第20条第7項に該当するファイル\t該当しない
            備考\t
            """, """
            個人情報ファイル簿
            個人情報ファイルの名称\t市民税課税台帳ファイル
            行政機関等の名称\t松本市長
            担当組織\t財政部市民税課
            利用目的\t市民税の賦課
            記録項目\t氏名、住所、生年月日、所得の額、扶養親族、個人番号
            記録範囲\t市民税の納税義務者及びその扶養親族
            収集方法\t本人からの申告、給与支払者からの給与支払報告書
            要配慮個人情報の有無\t無
            経常的提供先\tなし
            開示請求等を受理する組織\t総務部行政管理課
            訂正・利用停止の特別手続\t地方税法第19条
            電算処理/マニュアル処理の別\t電算処理
            備考\t
            """);

    private final PersonalFileRegisterImporter importer = new PersonalFileRegisterImporter();

    @AfterAll
    static void close() {
        TIKA.close();
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "xlsx", "csv-utf8", "csv-sjis", "docx", "pdf"})
    void aTableOfManyFilesGivesOneRowPerFileWithEveryItem(String format) {
        ImportReading reading = importer.read(tableAs(format), "hachioji." + format);

        assertThat(reading.rows()).extracting(RegistryRow::subject).containsExactly("住民基本台帳ファイル",
                "国民健康保険被保険者ファイル", "児童手当受給者ファイル");
        assertThat(reading.rows()).allSatisfy(row -> {
            assertThat(row.kind()).isEqualTo(RowKind.FILE);
            assertThat(row.municipality()).isEqualTo("八王子市");
            assertThat(row.field("disclosureOffice")).isEqualTo("総務部総務課(八王子市元本郷町三丁目24番1号)");
        });
        RegistryRow insurance = reading.rows().get(1);
        assertThat(insurance.department()).isEqualTo("医療保険部保険年金課");
        assertThat(insurance.field("sensitiveInformation")).isEqualTo("含む");
        assertThat(insurance.field("regularRecipients")).isEqualTo("東京都国民健康保険団体連合会");
        assertThat(insurance.field("recordItems")).contains("療養の給付の記録", "個人番号");
        assertThat(reading.rows().get(2).field("processing")).isEqualTo("電算処理ファイル及びマニュアル処理ファイル");
        assertThat(reading.rows().get(2).field("remarks")).isEqualTo("所得の記録は5年で消去");
        assertThat(reading.rows().get(0).field("保有開始年月日")).as("an unknown column is kept").isEqualTo("平成11年4月1日");
        assertThat(reading.review()).singleElement().satisfies(item -> assertThat(item.reason()).contains("「保有開始年月日」"));
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "xlsx", "docx", "pdf", "pdf-unruled"})
    void oneSheetPerFileGivesOneRowPerSheet(String format) {
        ImportReading reading = importer.read(sheetsAs(format), "matsumoto." + format);

        assertThat(reading.rows()).extracting(RegistryRow::subject).containsExactly("介護保険被保険者ファイル", "市民税課税台帳ファイル");
        RegistryRow care = reading.rows().get(0);
        assertThat(care.municipality()).isEqualTo("松本市");
        assertThat(care.department()).isEqualTo("健康福祉部介護保険課");
        assertThat(care.field("recordItems")).as("the value runs on to the next row").contains("保険料額").endsWith("個人番号");
        assertThat(care.field("sensitiveInformation")).isEqualTo("有");
        assertThat(care.field("specialProcedures")).isEqualTo("なし");
        assertThat(care.field("政令第20条第7項に該当するファイル")).isEqualTo("該当しない");
        assertThat(reading.rows().get(1).field("specialProcedures")).isEqualTo("地方税法第19条");
        assertThat(reading.rows().get(1).field("remarks")).isEmpty();
        assertThat(reading.review()).singleElement().satisfies(item -> assertThat(item.reason())
                .contains("「政令第20条第7項に該当するファイル」"));
    }

    @Test
    void aRowWithoutAFileNameGoesToReviewWithTheReason() {
        String text = TABLE.replace("2\t国民健康保険被保険者ファイル\t", "2\t\t");

        ImportReading reading = importer.read(text, "hachioji.txt");

        assertThat(reading.rows()).hasSize(2);
        assertThat(reading.review()).extracting(ReviewItem::reason).contains("個人情報ファイルの名称が読み取れません");
        assertThat(reading.review()).filteredOn(item -> item.reason().contains("名称")).singleElement()
                .satisfies(item -> assertThat(item.provenance().line()).isEqualTo(4));
    }

    @Test
    void bothShapesAreRecognisedAndOtherRegistersAreNot() {
        assertThat(importer.recognize(TABLE)).isGreaterThanOrEqualTo(0.9);
        assertThat(importer.recognize(sheetsAs("text"))).isGreaterThanOrEqualTo(0.9);
        assertThat(importer.recognize(Fixtures.text("kawaguchi-2014-council-registry-report.txt"))).isZero();
        assertThat(ImporterSelection.standard().select(TABLE)).get().isInstanceOf(PersonalFileRegisterImporter.class);
        assertThat(ImporterSelection.standard().select(sheetsAs("xlsx"))).get().isInstanceOf(PersonalFileRegisterImporter.class);
    }

    @Test
    void theMunicipalityIsTheAgencysWhateverItsTitle() {
        assertThat(PersonalFileRegisterImporter.municipalityOf("東京都八王子市長")).hasValue("八王子市");
        assertThat(PersonalFileRegisterImporter.municipalityOf("松本市教育委員会")).hasValue("松本市");
        assertThat(PersonalFileRegisterImporter.municipalityOf("京都市長")).hasValue("京都市");
        assertThat(PersonalFileRegisterImporter.municipalityOf("長野県知事")).hasValue("長野県");
        assertThat(PersonalFileRegisterImporter.municipalityOf("")).isEmpty();
    }

    private static String tableAs(String format) {
        return switch (format) {
            case "text" -> TABLE;
            case "xlsx" -> extract("hachioji.xlsx", TestDocuments.xlsx(Map.of("ファイル簿", TABLE)));
            case "csv-utf8" -> extract("hachioji.csv", withBom(TestDocuments.csv(TABLE, StandardCharsets.UTF_8)));
            case "csv-sjis" -> extract("hachioji.csv", TestDocuments.csv(TABLE, Charset.forName("Windows-31J")));
            case "docx" -> extract("hachioji.docx", TestDocuments.docx(TABLE));
            case "pdf" -> extract("hachioji.pdf", TestDocuments.publishedPdf(TABLE));
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static String sheetsAs(String format) {
        String tables = String.join("\n", SHEETS);
        return switch (format) {
            // In text, 「項目：内容」 lines, a file to a paragraph.
            case "text" -> String.join("\n", SHEETS.stream().map(sheet -> sheet.replaceAll("(?m)^([^\\t\\n]+)\\t", "$1：")
                    .replaceAll("(?m)^\\t", "")).toList());
            case "xlsx" -> {
                Map<String, String> sheets = new LinkedHashMap<>();
                for (int i = 0; i < SHEETS.size(); i++) {
                    sheets.put("ファイル" + (i + 1), SHEETS.get(i));
                }
                yield extract("matsumoto.xlsx", TestDocuments.xlsx(sheets));
            }
            case "docx" -> extract("matsumoto.docx", TestDocuments.docx(tables));
            case "pdf" -> extract("matsumoto.pdf", TestDocuments.publishedPdf(tables));
            case "pdf-unruled" -> extract("matsumoto.pdf", TestDocuments.unruledPdf(tables));
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static byte[] withBom(byte[] csv) {
        byte[] bom = BOM.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(csv, 0, out, bom.length, csv.length);
        return out;
    }

    private static String extract(String name, byte[] file) {
        ExtractionResult result = TIKA.extract(name, file);
        assertThat(result.isOk()).as(result.message()).isTrue();
        return result.text();
    }
}

package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import jp.shingikai.search.testing.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 市報-style notices of two municipalities the fixtures do not cover: a table of operations and their main recorded
 * items using a term defined once, operations only named under このほかの業務, an unrelated table of 相談日 on the same
 * page, and an as-of date in 和暦. Read from text, from Word and from a PDF whose tables have no ruling lines.
 */
class PublishedNoticeTest {

    private static final String HINO = """
            市報ひの 令和6年6月1日号
            個人情報の取扱いについて（令和6年4月1日現在）
            市が電子計算機で処理している主な業務と記録項目をお知らせします。
            業務名\t主な記録項目
            住民基本台帳事務\t共通項目、続柄、個人番号
            国民年金事務\t共通項目、基礎年金番号
            犬の登録事務\t共通項目、犬の種類
            共通項目=氏名、住所、生年月日、性別
            このほかの業務：保育所入所事務・学童クラブ入会事務・図書館利用者登録事務
            個人情報保護に関する相談窓口
            相談日\t場所\t電話
            毎週水曜日\t市役所2階 市政情報コーナー\t042-000-0000
            問合せ 日野市総務部総務課
            """;
    private static final String TOKOROZAWA = """
            ところざわ市報 令和5年4月号
            電子計算機による個人情報の処理状況（令和5年3月末日現在）
            事務の名称\t記録項目
            市民税賦課事務\t基本事項、所得、マイナンバー
            介護保険事務\t基本事項、要介護度
            ※基本事項：氏名、住所、生年月日
            ■その他の事務
            ・児童手当支給事務
            ・放課後児童クラブ事務

            受付窓口\t受付時間
            市民相談課\t平日8時30分から17時15分
            所沢市役所 総務部文書行政課
            """;

    private final ProcessingStatusReportImporter importer = new ProcessingStatusReportImporter();

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "docx", "pdf-unruled"})
    void aDefinedTermIsExpandedTheListedOperationsComeInAndTheConsultationTableStaysOut(String format) {
        ImportReading reading = importer.read(Formats.readAs(HINO, format), "hino." + format);

        assertThat(reading.municipality()).isEqualTo("日野市");
        List<RegistryRow> itemised = reading.rows().stream().filter(row -> row.kind() == RowKind.STATUS).toList();
        assertThat(itemised).extracting(row -> row.field("operationName"), row -> row.field("myNumber")).containsExactly(
                tuple("住民基本台帳事務", "true"), tuple("国民年金事務", "false"), tuple("犬の登録事務", "false"));
        assertThat(itemised.get(0).field("recordedItems")).isEqualTo("共通項目（氏名、住所、生年月日、性別）、続柄、個人番号");
        assertThat(itemised.get(0).field("recordedItemsAsPrinted")).as("the original is kept").isEqualTo("共通項目、続柄、個人番号");
        assertThat(reading.rows()).allSatisfy(row -> {
            assertThat(row.date()).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(row.dateText()).isEqualTo("令和6年4月1日現在");
        });
        assertThat(reading.rows()).filteredOn(row -> row.kind() == RowKind.LISTED).extracting(RegistryRow::subject)
                .containsExactly("保育所入所事務", "学童クラブ入会事務", "図書館利用者登録事務");
        assertThat(reading.rows()).extracting(RegistryRow::subject).doesNotContain("毎週水曜日", "相談日");
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "docx", "pdf-unruled"})
    void aNoteDefinesTheTermBulletsListTheOperationsAndTheEndOfTheMonthIsItsLastDay(String format) {
        ImportReading reading = importer.read(Formats.readAs(TOKOROZAWA, format), "tokorozawa." + format);

        assertThat(reading.municipality()).isEqualTo("所沢市");
        assertThat(reading.rows()).filteredOn(row -> row.kind() == RowKind.STATUS)
                .extracting(row -> row.field("operationName"), row -> row.field("recordedItems"), row -> row.field("myNumber"))
                .containsExactly(tuple("市民税賦課事務", "基本事項（氏名、住所、生年月日）、所得、マイナンバー", "true"),
                        tuple("介護保険事務", "基本事項（氏名、住所、生年月日）、要介護度", "false"));
        assertThat(reading.rows()).filteredOn(row -> row.kind() == RowKind.LISTED).extracting(RegistryRow::subject)
                .containsExactly("児童手当支給事務", "放課後児童クラブ事務");
        assertThat(reading.rows().get(0).date()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(reading.rows()).extracting(RegistryRow::subject).doesNotContain("市民相談課");
    }

    @Test
    void bothNoticesAreRecognisedAsTheProcessingStatusLayout() {
        assertThat(ImporterSelection.standard().select(HINO)).get().isInstanceOf(ProcessingStatusReportImporter.class);
        assertThat(ImporterSelection.standard().select(TOKOROZAWA)).get().isInstanceOf(ProcessingStatusReportImporter.class);
    }
}

package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryReportImporterTest {

    private static final String KAWAGUCHI_FILE = "kawaguchi-2014-council-registry-report.txt";
    private static final String KAWAGUCHI = Fixtures.text(KAWAGUCHI_FILE);
    private final RegistryReportImporter importer = new RegistryReportImporter();

    @InEveryFormat
    void readsTheSevenNewRegistrationsWithTheirDepartmentsAndStartDates(String format) {
        ImportReading reading = importer.read(Fixtures.readAs(KAWAGUCHI_FILE, format), "kawaguchi." + format);

        assertThat(reading.municipality()).isEqualTo("川口市");
        assertThat(rows(reading, RowKind.NEW)).extracting(row -> row.field("department"), RegistryRow::date, RegistryRow::dateText)
                .containsExactly(
                        tuple("総合政策課", LocalDate.of(2013, 7, 1), "平成25年7月1日"),
                        tuple("総務課", LocalDate.of(2013, 8, 1), "平成25年8月1日"),
                        tuple("防災課", LocalDate.of(2013, 12, 10), "平成25年12月10日"),
                        tuple("障害福祉課", LocalDate.of(2013, 4, 1), "平成25年4月1日"),
                        tuple("子育て支援課", LocalDate.of(2013, 12, 2), "平成25年12月2日"),
                        tuple("都市計画課", LocalDate.of(2013, 4, 1), "平成25年4月1日"),
                        tuple("医療センター医事課", LocalDate.of(2013, 8, 1), "平成25年8月1日"));
        assertThat(rows(reading, RowKind.NEW).get(2).field("operationName")).isEqualTo("被災者支援システム運用業務");
        assertThat(reading.review()).isEmpty();
    }

    @InEveryFormat
    void readsEveryChangeAcrossThePagesAndNoAbolition(String format) {
        ImportReading reading = importer.read(Fixtures.readAs(KAWAGUCHI_FILE, format), "kawaguchi." + format);

        List<RegistryRow> changes = rows(reading, RowKind.CHANGE);
        assertThat(changes).hasSize(25);
        assertThat(changes.get(12)).satisfies(row -> {
            assertThat(row.field("department")).isEqualTo("地球高温化対策室");
            assertThat(row.field("operationName")).isEqualTo("こどもエコクラブ事業関係業務");
            assertThat(row.field("content")).isEqualTo("担当課及び個人情報保護管理責任者名の変更");
            assertThat(row.date()).isEqualTo(LocalDate.of(2013, 4, 1));
        });
        assertThat(rows(reading, RowKind.ABOLISH)).as("廃止: 該当なし").isEmpty();
    }

    @InEveryFormat
    void readsUsesBeyondPurposeAndProvisionsWithRecipientAndBasis(String format) {
        List<RegistryRow> provisions = rows(importer.read(Fixtures.readAs(KAWAGUCHI_FILE, format), "kawaguchi." + format),
                RowKind.PROVISION);

        assertThat(provisions).hasSize(24);
        assertThat(provisions.get(0)).satisfies(row -> {
            assertThat(row.field("provisionKind")).isEqualTo("外部提供");
            assertThat(row.field("recipient")).isEqualTo("川口市社会福祉協議会");
            assertThat(row.field("basis")).isEqualTo("本人同意");
        });
        assertThat(provisions.get(9)).satisfies(row -> {
            assertThat(row.field("department")).isEqualTo("市民課");
            assertThat(row.field("operationName")).isEqualTo("住民基本台帳業務");
            assertThat(row.field("recipient")).isEqualTo("防犯対策室");
            assertThat(row.field("basis")).isEqualTo("法令等(根拠法令:川口市空き家等の適正管理に関する条例)");
            assertThat(row.provenance().section()).isEqualTo("目的外利用・外部提供");
        });
    }

    @Test
    void anotherMunicipalitysColumnOrderAndLabelsAreReadToo() {
        String report = """
                令和5年度 第1回 さくら市個人情報保護審議会
                1 個人情報取扱事務の新規登録について
                番号\t事務の名称\t開始年月日\t所管課\t目的
                1\t放課後児童クラブ入会事務\t令和元年5月1日\t子ども課\t入会の審査のため
                2\t\t令和５年４月１日\t市民課\t名称の欠けた行
                """;

        ImportReading reading = importer.read(report, "sakura.txt");

        assertThat(reading.municipality()).isEqualTo("さくら市");
        assertThat(reading.rows()).singleElement().satisfies(row -> {
            assertThat(row.field("department")).isEqualTo("子ども課");
            assertThat(row.field("operationName")).isEqualTo("放課後児童クラブ入会事務");
            assertThat(row.date()).isEqualTo(LocalDate.of(2019, 5, 1));
        });
        assertThat(reading.review()).singleElement().satisfies(item -> {
            assertThat(item.reason()).contains("業務の名称");
            assertThat(item.provenance().line()).isEqualTo(5);
        });
    }

    @Test
    void changesUnderAHeadingThatSaysHenkouRatherThanShuuseiAreReadAsChanges() {
        String report = """
                令和4年度 第2回 いすみ市個人情報保護審議会
                1 個人情報取扱事務の新規登録について
                番号\t事務の名称\t開始年月日\t所管課\t目的\t記録の対象者
                1\t防犯カメラ設置運用事務\t令和4年6月1日\t市民協働課\t犯罪を防止するため\t通行する者
                2 個人情報取扱事務の変更について
                番号\t事務の名称\t変更年月日\t所管課\t変更の理由\t変更の内容
                1\t保育所入所事務\t令和5年1月10日\t子育て支援課\t入所選考に課税情報を利用するため\t収集の方法を追加
                """;

        assertThat(ImporterSelection.standard().select(report)).get().isInstanceOf(RegistryReportImporter.class);
        assertThat(importer.read(report, "isumi.txt").rows()).extracting(RegistryRow::kind, RegistryRow::subject, RegistryRow::date)
                .containsExactly(tuple(RowKind.NEW, "防犯カメラ設置運用事務", LocalDate.of(2022, 6, 1)),
                        tuple(RowKind.CHANGE, "保育所入所事務", LocalDate.of(2023, 1, 10)));
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "xlsx", "pdf-unruled"})
    void oneTableWhoseKindColumnSaysNewChangeOrAbolitionIsReadRowByRow(String format) {
        String table = """
                番号\t区分\t事務の名称\t所管課\t年月日\t目的・理由
                1\t新規登録\t公共施設予約事務\t生涯学習課\t令和6年4月1日\t施設の予約を受け付けるため
                2\t変更\t介護保険認定事務\t介護保険課\t令和6年5月1日\t認定調査を委託するため
                3\t廃止\t敬老祝金支給事務\t高齢福祉課\t令和6年3月31日\t事業を終了したため
                4\t照会\t住民基本台帳事務\t市民課\t令和6年4月1日\t区分の読めない行
                """;
        String text = "令和6年度 第1回 土浦市個人情報保護審議会資料\n個人情報取扱事務の届出状況\n" + table + "土浦市総務部総務課\n";
        String read = Formats.readAs(text, format);

        assertThat(ImporterSelection.standard().select(read)).get().isInstanceOf(RegistryReportImporter.class);
        ImportReading reading = importer.read(read, "tsuchiura." + format);
        assertThat(reading.municipality()).isEqualTo("土浦市");
        assertThat(reading.rows()).extracting(RegistryRow::kind, RegistryRow::subject, RegistryRow::department, RegistryRow::date)
                .containsExactly(tuple(RowKind.NEW, "公共施設予約事務", "生涯学習課", LocalDate.of(2024, 4, 1)),
                        tuple(RowKind.CHANGE, "介護保険認定事務", "介護保険課", LocalDate.of(2024, 5, 1)),
                        tuple(RowKind.ABOLISH, "敬老祝金支給事務", "高齢福祉課", LocalDate.of(2024, 3, 31)));
        assertThat(reading.review()).singleElement().satisfies(item -> assertThat(item.reason()).contains("区分「照会」"));
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "docx", "xlsx", "pdf", "pdf-unruled"})
    void oneTableWhoseRowsBeginWithTheirKindAndNoNumberIsReadToo(String format) {
        String text = """
                令和6年度 第2回 松江市個人情報保護審議会
                個人情報取扱事務の登録状況（報告）
                区分	登録番号	事務の名称	担当課	収集の目的	開始日
                新規登録	412	地域猫活動支援事務	環境保全課	活動団体への助成のため	令和6年7月1日
                変更	88	就学援助事務	学校教育課	援助費の支給のため	令和6年4月1日
                廃止	27	老人福祉電話貸与事務	高齢者福祉課	電話の貸与のため	令和6年3月31日
                松江市総務部総務課
                """;
        String read = Formats.readAs(text, format);

        ImportReading reading = importer.read(read, "matsue." + format);
        assertThat(reading.municipality()).isEqualTo("松江市");
        assertThat(reading.rows()).extracting(RegistryRow::kind, RegistryRow::subject, RegistryRow::department, RegistryRow::date,
                        row -> row.field("registrationNumber"))
                .containsExactly(tuple(RowKind.NEW, "地域猫活動支援事務", "環境保全課", LocalDate.of(2024, 7, 1), "412"),
                        tuple(RowKind.CHANGE, "就学援助事務", "学校教育課", LocalDate.of(2024, 4, 1), "88"),
                        tuple(RowKind.ABOLISH, "老人福祉電話貸与事務", "高齢者福祉課", LocalDate.of(2024, 3, 31), "27"));
        assertThat(reading.review()).isEmpty();
    }

    @Test
    void aSectionWhoseHeaderNamesNoKnownColumnSendsItsRowsToReviewWithTheHeaderShown() {
        String report = """
                松本市個人情報保護審議会 報告
                1 個人情報取扱事務の新規登録について
                No.\t所管課\t事務の名称\t記録される個人の範囲\t登録年月日
                1\t市民課\t住民票写し交付事務\t請求者\t令和3年4月1日
                2 個人情報取扱事務の修正について
                No.\t課名\t事務\t直した点\t年月日
                1\t保険課\t国民健康保険事務\t記録項目の追加\t令和3年6月1日
                2\t税務課\t市民税賦課事務\t担当課の変更\t令和3年7月1日
                """;

        ImportReading reading = importer.read(report, "matsumoto.txt");

        assertThat(rows(reading, RowKind.NEW)).singleElement().satisfies(row -> {
            assertThat(row.field("department")).isEqualTo("市民課");
            assertThat(row.date()).isEqualTo(LocalDate.of(2021, 4, 1));
        });
        assertThat(reading.review()).hasSize(2).allSatisfy(item -> assertThat(item.reason())
                .contains("表の見出し「No.｜課名｜事務｜直した点｜年月日」"));
        assertThat(reading.review().get(0).text()).contains("国民健康保険事務");
    }

    @Test
    void theSelectionRecognisesTheReportByContentAndLeavesTheConsultationPacketToAnotherImporter() {
        ImporterSelection selection = ImporterSelection.standard();

        assertThat(selection.select(KAWAGUCHI)).containsInstanceOf(RegistryReportImporter.class);
        assertThat(selection.select(Fixtures.text("kodaira-2022-council-consultation-packet.txt")))
                .isNotEmpty().get().isNotInstanceOf(RegistryReportImporter.class);
        assertThat(new RegistryReportImporter().recognize(Fixtures.text("kodaira-2022-council-consultation-packet.txt"))).isZero();
    }

    private static List<RegistryRow> rows(ImportReading reading, RowKind kind) {
        return reading.rows().stream().filter(row -> row.kind() == kind).toList();
    }
}

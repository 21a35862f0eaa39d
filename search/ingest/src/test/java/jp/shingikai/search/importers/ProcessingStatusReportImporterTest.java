package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import jp.shingikai.search.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ProcessingStatusReportImporterTest {

    private static final String MITAKA_FILE = "mitaka-2021-privacy-system-report.txt";
    private static final String MITAKA = Fixtures.text(MITAKA_FILE);
    private final ProcessingStatusReportImporter importer = new ProcessingStatusReportImporter();

    @InEveryFormat
    void readsEachOperationWithItsMainRecordedItemsAndWhetherItIsMyNumberInformation(String format) {
        ImportReading reading = importer.read(Fixtures.readAs(MITAKA_FILE, format), "mitaka." + format);

        assertThat(reading.municipality()).isEqualTo("三鷹市");
        List<RegistryRow> recorded = reading.rows().stream().filter(row -> row.fields().containsKey("recordedItems")).toList();
        assertThat(recorded).hasSize(16);
        assertThat(recorded).extracting(row -> row.field("operationName"), row -> row.field("recordedItems"), row -> row.field("myNumber"))
                .contains(tuple("戸籍事務", "本籍、構成員氏名", "false"),
                        tuple("住民基本台帳事務", "氏名、住所、個人番号", "true"),
                        tuple("児童手当・特例給付の支給に関する事務", "対象児童、受給者番号", "true"));
    }

    @InEveryFormat
    void readsTheOnlineConnections(String format) {
        List<RegistryRow> connections = importer.read(Fixtures.readAs(MITAKA_FILE, format), "mitaka." + format).rows().stream()
                .filter(row -> row.fields().containsKey("connection")).toList();

        assertThat(connections).hasSize(7);
        assertThat(connections.get(0).field("operationName")).isEqualTo("住民基本台帳ネットワークシステム業務");
        assertThat(connections.get(0).field("connection")).isEqualTo("住民基本台帳ネットワーク都道府県サーバー");
    }

    @InEveryFormat
    void splitsTheNewNotificationsOfADepartmentByTheirCount(String format) {
        List<RegistryRow> notified = importer.read(Fixtures.readAs(MITAKA_FILE, format), "mitaka." + format).rows().stream().filter(row -> row.kind() == RowKind.NEW)
                .toList();

        assertThat(notified).hasSize(9);
        assertThat(notified).extracting(row -> row.field("department"), row -> row.field("operationName")).contains(
                tuple("子育て支援課", "ひとり親世帯臨時特別給付金給付事業"), tuple("総務課", "学習支援クラウドサービス利用事務"));
    }

    @Test
    void aNotificationRowWhoseNamesDoNotMatchItsCountGoesToReview() {
        String report = "三鷹市個人情報保護条例\n所管\t届け出件数\t個人情報を取り扱う事務の名称\n総務課\t3\t学校徴収金集金・収納事務 学習支援クラウドサービス利用事務\n";

        ImportReading reading = importer.read(report, "x.txt");

        assertThat(reading.rows()).isEmpty();
        assertThat(reading.review()).singleElement().satisfies(item -> assertThat(item.reason()).contains("届け出件数（3）"));
    }

    @Test
    void theSelectionTellsTheLayoutsApart() {
        ImporterSelection selection = ImporterSelection.standard();

        assertThat(selection.select(MITAKA)).containsInstanceOf(ProcessingStatusReportImporter.class);
        assertThat(selection.select(Fixtures.text("kawaguchi-2014-council-registry-report.txt")))
                .containsInstanceOf(RegistryReportImporter.class);
    }
}

package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jp.shingikai.search.testing.Fixtures;
import org.junit.jupiter.api.Test;

class NotificationFormImporterTest {

    private static final String KODAIRA_FILE = "kodaira-2022-council-consultation-packet.txt";
    private static final String KODAIRA = Fixtures.text(KODAIRA_FILE);
    private final NotificationFormImporter importer = new NotificationFormImporter();

    @InEveryFormat
    void readsTheThreeNotificationsOfThePacket(String format) {
        ImportReading reading = importer.read(Fixtures.readAs(KODAIRA_FILE, format), "kodaira." + format);

        assertThat(reading.municipality()).isEqualTo("小平市");
        List<RegistryRow> forms = reading.rows().stream().filter(row -> row.provenance().section().equals("届出書")).toList();
        assertThat(forms).extracting(row -> row.field("operationName")).containsExactly(
                "(仮称)小平市一般廃棄物処理基本計画策定に係る市民アンケート調査", "住民基本台帳に関する事務(届出等)", "地域センター等貸出し事務");
        assertThat(forms.get(0)).satisfies(row -> {
            assertThat(row.kind()).isEqualTo(RowKind.NEW);
            assertThat(row.field("department")).isEqualTo("環境部資源循環課");
            assertThat(row.date()).isEqualTo(LocalDate.of(2022, 3, 16));
            assertThat(row.field("recordedItems")).isEqualTo("基本事項: 識別番号、氏名、住所、生年月日・年齢、性別");
            assertThat(row.field("collectionSources")).isEqualTo("本人以外(条例第4条第3項第8号該当)、実施機関内");
        });
        assertThat(forms.get(1)).satisfies(row -> {
            assertThat(row.kind()).isEqualTo(RowKind.CHANGE);
            assertThat(row.field("registrationNumber")).isEqualTo("75");
            assertThat(row.field("department")).isEqualTo("市民部市民課");
            assertThat(row.field("startedOn")).isEqualTo("平成14年4月1日");
            assertThat(row.dateText()).isEqualTo("令和4年3月16日");
        });
    }

    @InEveryFormat
    void theOnlineConnectionNotificationListsItsChangesAndItsStatementNamesTheRecipient(String format) {
        ImportReading reading = importer.read(Fixtures.readAs(KODAIRA_FILE, format), "kodaira." + format);

        RegistryRow notification = reading.rows().stream().filter(row -> row.field("registrationNumber").equals("117")).findFirst()
                .orElseThrow();
        assertThat(notification.field("department")).isEqualTo("地域振興部市民協働・男女参画推進課");
        assertThat(notification.field("processing")).isEqualTo("電算以外、電算、オンライン結合");
        assertThat(notification.field("changes").lines()).contains("記録項目の「その他」の事項に電子メールアドレスを追加",
                "処理形態に「電子」、「オンライン結合」を追加", "外部委託先を追加");
        RegistryRow statement = reading.rows().stream().filter(row -> "オンライン結合による外部提供".equals(row.field("statementGround")))
                .findFirst().orElseThrow();
        assertThat(statement.field("operationName")).isEqualTo("地域センター等貸出し事務");
        assertThat(statement.field("recipient")).isEqualTo("公共施設予約システムを提供する ASP サービス提供事業者 株式会社パスコ");
    }

    @Test
    void theSelectionPicksThisImporterForThePacket() {
        assertThat(ImporterSelection.standard().select(KODAIRA)).containsInstanceOf(NotificationFormImporter.class);
    }
}

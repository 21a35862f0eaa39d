package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import jp.shingikai.search.importers.CouncilPacket.ItemKind;
import jp.shingikai.search.testing.CouncilPapers;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases in a council's papers: the Kodaira packet of the fixtures, and papers of two other municipalities laid out
 * otherwise (numbered items, a number alone above its subject, 担当課 under a heading or after a colon, a 答申書 with
 * an opinion), read from text, Word and PDFs with and without ruling lines.
 */
class CouncilPacketReaderTest {

    private final CouncilPacketReader reader = new CouncilPacketReader();

    @Test
    void theKodairaPacketGivesItsTwoConsultationsAndItsReportWithTheirMeeting() {
        String text = Fixtures.text("kodaira-2022-council-consultation-packet.txt");
        assertThat(CouncilPacketReader.recognize(text)).isTrue();

        CouncilPacket packet = reader.read(text, "kodaira.txt");

        assertThat(packet.municipality()).isEqualTo("小平市");
        assertThat(packet.meeting()).isEqualTo("令和3年度 第3回");
        assertThat(packet.council()).isEqualTo("小平市情報公開・個人情報保護・公文書管理審議会");
        assertThat(packet.meetingDate()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(packet.items()).extracting(CouncilPacket.Item::kind, CouncilPacket.Item::grounds, CouncilPacket.Item::department)
                .containsExactly(
                        tuple(ItemKind.CONSULTATION, List.of("COLLECTION_FROM_OTHERS", "USE_BEYOND_PURPOSE"), "環境部資源循環課"),
                        tuple(ItemKind.CONSULTATION, List.of("ONLINE_PROVISION"), "地域振興部市民協働・男女参画推進課"),
                        tuple(ItemKind.REPORT, List.of("COLLECTION_FROM_OTHERS", "USE_BEYOND_PURPOSE"), ""));
        CouncilPacket.Item report = packet.items().get(2);
        assertThat(report.subject()).startsWith("子育て世帯への臨時特別給付金事業");
        assertThat(report.text()).as("the report's paper, not only its line in the 次第").contains("プッシュ型支給", "セキュリティ対策");
        assertThat(packet.items().get(0).text()).doesNotContain("プッシュ型支給");
        assertThat(packet.review()).isEmpty();
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "docx", "pdf", "pdf-unruled"})
    void numberedItemsWhosePapersAreHeadedByTheirNumberAlone(String format) {
        CouncilPacket packet = reader.read(Formats.readAs(CouncilPapers.MACHIDA_PACKET, format), "machida." + format);

        assertThat(packet.municipality()).isEqualTo("町田市");
        assertThat(packet.meeting()).isEqualTo("第2回");
        assertThat(packet.meetingDate()).isEqualTo(LocalDate.of(2023, 8, 24));
        assertThat(packet.items()).extracting(CouncilPacket.Item::kind, CouncilPacket.Item::caseNumber, CouncilPacket.Item::grounds,
                CouncilPacket.Item::department).containsExactly(
                        tuple(ItemKind.CONSULTATION, "諮問第7号", List.of("USE_BEYOND_PURPOSE"), "子ども生活部子育て推進課"),
                        tuple(ItemKind.CONSULTATION, "諮問第8号", List.of("ONLINE_PROVISION"), "防災安全部防災課"),
                        tuple(ItemKind.REPORT, "報告第2号", List.of("COLLECTION_FROM_OTHERS"), "政策経営部企画政策課"));
        assertThat(packet.items().get(0).subject()).isEqualTo("子ども医療費助成事業における住民基本台帳情報の目的外利用について");
        assertThat(packet.items().get(0).text()).contains("世帯情報を利用する").doesNotContain("避難行動要支援者", "資料2");
        assertThat(packet.items().get(2).text()).contains("決済代行事業者");
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "docx", "pdf-unruled"})
    void itemsMarkedInBracketsAndAnAnswerWithAnOpinion(String format) {
        CouncilPacket packet = reader.read(Formats.readAs(CouncilPapers.OKAZAKI_PACKET, format), "okazaki." + format);
        CouncilPacket answer = reader.read(Formats.readAs(CouncilPapers.OKAZAKI_ANSWER, format), "okazaki-answer." + format);

        assertThat(packet.municipality()).isEqualTo("岡崎市");
        assertThat(packet.meeting()).isEqualTo("令和5年度 第2回");
        assertThat(packet.items()).extracting(CouncilPacket.Item::kind, CouncilPacket.Item::department).containsExactly(
                tuple(ItemKind.CONSULTATION, "社会文化部中央図書館"), tuple(ItemKind.REPORT, "総合政策部企画課"));
        assertThat(answer.municipality()).isEqualTo("岡崎市");
        assertThat(answer.meetingDate()).as("the day of the 答申").isEqualTo(LocalDate.of(2023, 10, 12));
        assertThat(answer.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(ItemKind.ANSWER);
            assertThat(item.outcome()).isEqualTo("APPROVED_WITH_OPINION");
            assertThat(item.subjectKey()).as("found again by its subject").isEqualTo(packet.items().get(0).subjectKey());
        });
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"text", "docx", "pdf-unruled"})
    void itemsMarkedBeforeTheirSubject(String format) {
        CouncilPacket packet = reader.read(Formats.readAs(CouncilPapers.KAMAKURA_PACKET, format), "kamakura." + format);

        assertThat(packet.municipality()).isEqualTo("鎌倉市");
        assertThat(packet.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(packet.items()).extracting(CouncilPacket.Item::kind, CouncilPacket.Item::grounds, CouncilPacket.Item::department)
                .containsExactly(tuple(ItemKind.CONSULTATION, List.of("COLLECTION_FROM_OTHERS"), "経営企画部企画課"),
                        tuple(ItemKind.REPORT, List.of(), "環境部環境政策課"));
        assertThat(packet.items().get(0).text()).contains("調査票を送る").doesNotContain("事業者に委託");
    }

    @Test
    void aRejectionIsReadAsOneThoughItAlsoSaysWhatWouldBeReasonable() {
        assertThat(CouncilPacketReader.outcome("本件の外部提供は、認められない。安全管理措置が講じられれば妥当であると考える。")).isEqualTo("REJECTED");
        assertThat(CouncilPacketReader.outcome("本件は、妥当であると認める。")).isEqualTo("APPROVED");
        assertThat(CouncilPacketReader.outcome("引き続き継続審議とする。")).isEqualTo("DEFERRED");
        assertThat(CouncilPacketReader.outcome("受理した。")).isNull();
    }

    @Test
    void proseThatMentionsAConsultationIsNoItemAndAPaperWithoutCouncilIsNoPacket() {
        String prose = """
                市民活動の手引き
                令和5年9月1日付け諮問第12号で諮問のあった標記の件について、次のとおり答申します。
                """;
        String noCouncil = """
                庁内通知
                給付金事業の実施について（報告）
                """;

        assertThat(CouncilPacketReader.recognize(prose)).isFalse();
        assertThat(CouncilPacketReader.recognize(noCouncil)).isFalse();
        assertThat(CouncilPacketReader.recognize(Fixtures.text("kawaguchi-2014-council-registry-report.txt"))).isFalse();
        assertThat(CouncilPacketReader.recognize(Fixtures.text("mitaka-2021-privacy-system-report.txt"))).isFalse();
    }

    @Test
    void aPacketThatGivesNoDateGoesToReview() {
        CouncilPacket packet = reader.read("""
                個人情報保護審議会 資料
                ⑴ 諮問第3号 保育所の入所選考における個人情報の本人以外からの収集について
                """, "unnamed.txt");

        assertThat(packet.items()).singleElement().extracting(CouncilPacket.Item::caseNumber).isEqualTo("諮問第3号");
        assertThat(packet.municipality()).isEmpty();
        assertThat(packet.review()).extracting(ReviewItem::reason).containsExactly("会議の開催日（答申日）が読み取れません");
    }
}

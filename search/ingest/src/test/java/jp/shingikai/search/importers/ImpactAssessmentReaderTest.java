package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.Formats;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.Test;

/** 評価書 of two municipalities, written in the 様式 and read back from text, Word and PDF. */
class ImpactAssessmentReaderTest {

    private final ImpactAssessmentReader reader = new ImpactAssessmentReader();

    @InEveryFormat
    void theAnnexListsGiveEveryProvisionAndTransferOfMachida(String format) {
        ImpactAssessment pia = reader.read(Formats.readAs(ImpactAssessments.MACHIDA, format), "machida." + format);

        assertThat(pia.level()).isEqualTo("全項目評価");
        assertThat(pia.number()).isEqualTo("1");
        assertThat(pia.title()).isEqualTo("住民基本台帳に関する事務 全項目評価書");
        assertThat(pia.agency()).isEqualTo("町田市長");
        assertThat(pia.municipality()).isEqualTo("町田市");
        assertThat(pia.publishedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(pia.basics()).containsEntry("operationName", "住民基本台帳に関する事務")
                .containsEntry("systems", "住民基本台帳システム、住民基本台帳ネットワークシステム")
                .containsEntry("department", "市民部市民課");
        assertThat(pia.basics().get("operationContent")).contains("居住関係を公証", "住民票を作成・管理する");
        assertThat(pia.basics().get("myNumberBasis")).startsWith("番号法第7条第1項");
        assertThat(pia.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("住民基本台帳ファイル");
            assertThat(file.fields()).containsEntry("subjectsCount", "10万人以上100万人未満")
                    .containsEntry("sources", "本人又は本人の代理人、地方公共団体・地方独立行政法人");
            assertThat(file.fields().get("recordItemsAnnex")).contains("1. 個人番号", "8. 住民となった年月日");
        });
        assertThat(pia.transfers()).filteredOn(t -> t.kind().equals("PROVISION")).hasSize(4);
        assertThat(pia.transfers()).filteredOn(t -> t.kind().equals("TRANSFER")).hasSize(3);
        assertThat(pia.transfers()).filteredOn(t -> t.field("counterpart").equals("全国健康保険協会")).singleElement()
                .satisfies(t -> {
                    assertThat(t.number()).isEqualTo("2");
                    assertThat(t.field("basis")).isEqualTo("番号法第19条第8号 別表第2の項番1");
                    assertThat(t.field("use")).isEqualTo("健康保険法による保険給付の支給");
                    assertThat(t.field("information")).isEqualTo("住民票関係情報");
                    assertThat(t.field("subjectsScope")).isEqualTo("被保険者の世帯員");
                    assertThat(t.field("method")).isEqualTo("情報提供ネットワークシステム");
                    assertThat(t.field("timing")).isEqualTo("照会の都度");
                    assertThat(t.file()).isEqualTo("住民基本台帳ファイル");
                });
        assertThat(pia.riskMeasures()).contains("本人確認書類");
        assertThat(pia.procedures()).containsEntry("commentPeriod", "令和6年4月1日から令和6年4月30日まで")
                .containsEntry("reviewDate", "令和6年5月20日")
                .containsEntry("reviewResult", "特定個人情報の取扱いは適切であると認められた。");
        assertThat(pia.changes()).extracting(ImpactAssessment.Change::date, ImpactAssessment.Change::timing).containsExactly(
                tuple(LocalDate.of(2023, 7, 1), "事後"), tuple(LocalDate.of(2024, 7, 1), "事前"));
        assertThat(pia.review()).isEmpty();
    }

    @InEveryFormat
    void theFileOverviewGivesEachNumberedProvisionOfOkazaki(String format) {
        ImpactAssessment pia = reader.read(Formats.readAs(ImpactAssessments.OKAZAKI, format), "okazaki." + format);

        assertThat(pia.municipality()).isEqualTo("岡崎市");
        assertThat(pia.number()).isEqualTo("7");
        assertThat(pia.publishedOn()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(pia.transfers()).extracting(ImpactAssessment.Transfer::kind, ImpactAssessment.Transfer::number,
                t -> t.field("counterpart")).containsExactly(
                tuple("PROVISION", "1", "全国健康保険協会"), tuple("PROVISION", "2", "愛知県後期高齢者医療広域連合"),
                tuple("TRANSFER", "1", "税務部市民税課"));
        assertThat(pia.transfers().get(0).fields()).containsEntry("subjectsCount", "10万人以上100万人未満")
                .containsEntry("timing", "照会を受けた都度").containsEntry("use", "健康保険法による保険給付の支給に関する事務");
        assertThat(pia.transfers().get(2).field("timing")).isEqualTo("年1回");
        assertThat(pia.procedures()).containsEntry("commentMethod", "パブリックコメント")
                .containsEntry("mainComments", "委託先の監督について1件").containsEntry("reviewMethod", "岡崎市個人情報保護審議会による点検");
        assertThat(pia.review()).isEmpty();
    }

    @Test
    void aMissingAnnexAnUnnumberedRowAndAShortListGoToReviewWithTheirReasons() {
        String withoutAnnex = ImpactAssessments.MACHIDA.substring(0, ImpactAssessments.MACHIDA.indexOf("別紙1 提供先一覧"));
        assertThat(reader.read(withoutAnnex, "machida.txt").review()).extracting(ReviewItem::reason).contains(
                "「別紙参照」とされている提供先一覧（別紙）が見つかりません", "「別紙参照」とされている移転先一覧（別紙）が見つかりません");

        String unnumbered = ImpactAssessments.MACHIDA.replace("3\t厚生労働大臣", "\t厚生労働大臣");
        ImpactAssessment pia = reader.read(unnumbered, "machida.txt");
        assertThat(pia.transfers()).filteredOn(t -> t.kind().equals("PROVISION")).extracting(t -> t.field("counterpart"))
                .as("the readable rows go in").containsExactly("都道府県知事", "全国健康保険協会", "日本年金機構");
        assertThat(pia.review()).extracting(ReviewItem::reason).containsExactly(
                "番号のない行です（ページをまたいで分かれた行の続きかもしれません）", "提供先は4件とされていますが、読み取れたのは3件です");
        assertThat(pia.review().get(0).text()).contains("厚生労働大臣");
    }

    @Test
    void aRowSplitAcrossPagesKeepsTheRowsThatCanBeReadAndReviewsTheRest() {
        String longRows = ImpactAssessments.MACHIDA.replace("\t本人確認情報の管理\t", "\t" + "本人確認情報の管理（".repeat(60) + "）\t");
        ImpactAssessment pia = reader.read(Formats.extract("machida.pdf", TestDocuments.exportToPdf(
                TestDocuments.docxWithRowsBreakingAcrossPages(longRows))), "machida.pdf");

        assertThat(pia.transfers()).extracting(t -> t.field("counterpart")).contains("全国健康保険協会", "厚生労働大臣", "日本年金機構",
                "保険年金課", "子育て推進課", "介護保険課");
        assertThat(pia.transfers().size() + pia.review().size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void onlyAnAssessmentIsRecognisedAsOne() {
        assertThat(ImpactAssessmentReader.recognize(ImpactAssessments.MACHIDA)).isTrue();
        assertThat(ImpactAssessmentReader.recognize(Fixtures.text("kawaguchi-2014-council-registry-report.txt"))).isFalse();
        assertThat(ImpactAssessmentReader.recognize(Fixtures.text("kodaira-2022-council-consultation-packet.txt"))).isFalse();
    }
}

package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which municipality a document is from, and how sure the reading is. */
class MunicipalityDetectionTest {

    @Test
    void theNameOfTheCouncilOfficesAndAddressesAllCount() {
        TabularText.Municipality one = TabularText.detectMunicipality("""
                座間市情報公開・個人情報保護審査会 資料
                問合せ 座間市総務部総務課（座間市緑ケ丘一丁目1番1号）
                """);

        assertThat(one.name()).isEqualTo("座間市");
        assertThat(one.confidence()).isEqualTo(1.0);
    }

    @Test
    void aDocumentNamingSeveralMunicipalitiesIsUncertainAndSentToReview() {
        String text = """
                広域連携の報告
                海老名市総務部 綾瀬市総務部 座間市役所
                No.\\t担当課\\t業務の名称\\t個人情報の収集の目的\\t記録の対象者\\t業務開始年月日
                """;
        TabularText.Municipality many = TabularText.detectMunicipality(text);

        assertThat(many.confidence()).isLessThan(0.5);
        assertThat(many.named()).containsExactly("海老名市", "綾瀬市", "座間市");
        assertThat(new Gathering(text).reading("test").review()).singleElement()
                .satisfies(item -> assertThat(item.reason()).contains("海老名市、綾瀬市、座間市", "確かではありません"));
    }
}

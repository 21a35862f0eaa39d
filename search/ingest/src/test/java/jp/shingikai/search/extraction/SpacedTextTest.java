package jp.shingikai.search.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacedTextTest {

    @Test
    void columnsLaidOutWithSpacesBecomeCellsEvenWhereOneIsEmpty() {
        String text = """
                電子計算機で処理している業務（令和6年4月1日現在）
                業務名            主な記録項目            担当課
                住民基本台帳事務  氏名、住所、個人番号    市民課
                犬の登録事務                              環境課
                問合せ 総務課
                """;

        assertThat(SpacedText.tabbed(text)).isEqualTo("""
                電子計算機で処理している業務（令和6年4月1日現在）
                業務名\t主な記録項目\t担当課
                住民基本台帳事務\t氏名、住所、個人番号\t市民課
                犬の登録事務\t\t環境課
                問合せ 総務課
                """);
    }

    @Test
    void proseWithASingleWideGapStaysAsItIs() {
        String text = "日時  令和6年5月1日\n場所は市役所です。\n";

        assertThat(SpacedText.tabbed(text)).isEqualTo(text);
    }
}

package jp.shingikai.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseTextTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            ＰＤＦ　第３回（資料１）         | PDF 第3回(資料1)                 | full-width Latin and digits become half-width
            ｼｽﾃﾑｶﾞｲﾄﾞ ﾊﾟｽｺ                 | システムガイド パスコ            | half-width katakana becomes full-width, voicing marks joined
            ①宛名シール ㈱パスコ 〜         | ①宛名シール ㈱パスコ 〜          | circled numbers and company marks are left as written
            平成25年7月1日～平成26年2月28日 | 平成25年7月1日〜平成26年2月28日  | the full-width tilde of a range becomes the wave dash
            """)
    void normalizesAsPeopleReadIt(String written, String normalized, String rule) {
        assertThat(JapaneseText.normalize(written)).isEqualTo(normalized);
    }

    @Test
    void radicalsThatPdfFontsReportAreFoldedToTheirKanji() {
        assertThat(JapaneseText.normalize("川\u2F1D市 個\u2F08情報 \u2F47時")).isEqualTo("川口市 個人情報 日時");
        assertThat(JapaneseText.normalize("市\u2EA0税 \u2ED1寿医療")).as("the supplement radicals NFKC leaves alone")
                .isEqualTo("市民税 長寿医療");
    }

    @Test
    void cleanTrimsAndTreatsMissingTextAsEmpty() {
        assertThat(JapaneseText.clean("　環境部資源循環課　")).isEqualTo("環境部資源循環課");
        assertThat(JapaneseText.clean(null)).isEmpty();
    }

    @Test
    void timesArePrintedAsNoticesPrintThem() {
        assertThat(JapaneseTime.format(LocalTime.of(17, 30))).isEqualTo("午後5時30分");
        assertThat(JapaneseTime.format(LocalTime.of(13, 30))).isEqualTo("午後1時30分");
        assertThat(JapaneseTime.format(LocalTime.of(10, 0))).isEqualTo("午前10時");
        assertThat(JapaneseTime.format(LocalTime.NOON)).isEqualTo("正午");
    }
}

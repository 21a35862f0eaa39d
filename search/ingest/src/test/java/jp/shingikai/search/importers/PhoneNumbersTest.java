package jp.shingikai.search.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void fixedLineNumbersAreReadByAreaCodeAndExchangeHoweverTheyArePrinted() {
        String text = """
                問合せ 総務課 電話 042-724-2105（直通）
                ＦＡＸ ０４２－７２４－１１２０
                市民相談 042(724)3000、夜間 0564-23-6000
                携帯 090-1234-5678 フリーダイヤル 0120-123-456 ナビダイヤル 0570-00-1234
                受付番号 2024-11-1234
                """;

        assertThat(PhoneNumbers.prefixes(text)).containsExactly("042-724", "042-724", "042-724", "0564-23");
    }
}

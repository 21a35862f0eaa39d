package jp.shingikai.search.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void quotedCellsKeepTheirCommasQuotesAndLineBreaksAsOneCell() {
        String csv = "名称,記録項目,備考\r\n住民基本台帳ファイル,\"氏名、住所,生年月日\",\"「住基」と\"\"略称\"\"\r\n二行目\"\r\n";

        assertThat(CsvText.tabbed(csv)).isEqualTo("名称\t記録項目\t備考\n住民基本台帳ファイル\t氏名、住所,生年月日\t「住基」と\"略称\" 二行目\n");
    }
}

package jp.shingikai.search.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaTextExtractorTest {

    private static final String KAWAGUCHI = Fixtures.text("kawaguchi-2014-council-registry-report.txt");
    private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor(ExtractionLimits.defaults());

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @Test
    void readsJapaneseTextFromAPdf() {
        ExtractionResult result = EXTRACTOR.extract("report.pdf", TestDocuments.pdf(KAWAGUCHI));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.mediaType()).isEqualTo("application/pdf");
        assertThat(compact(result.text())).contains("平成25年度第2回川口市情報公開・個人情報保護運営審議会次第", "日時:平成26年3月26日(水)",
                "川口市男女共同参画苦情処理委員制度運営業務");
    }

    @Test
    void readsTheTablesOfAWordDocumentCellByCell() {
        ExtractionResult result = EXTRACTOR.extract("report.docx", TestDocuments.docx(KAWAGUCHI));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.text()).contains("1\t総合政策課\t川口市男女共同参画苦情処理委員制度運営業務\t");
        assertThat(result.text().lines().filter(line -> line.startsWith("No.\t担当課\t業務の名称\t修正の理由")))
                .as("every page header of the 修正 table, as in the published text").hasSize(7);
    }

    @Test
    void rebuildsTheRuledTablesOfAPublishedPdfRowByRowAsWordHasThem() {
        ExtractionResult result = EXTRACTOR.extract("report.pdf", TestDocuments.publishedPdf(KAWAGUCHI));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(tableRows(result.text())).isEqualTo(tableRows(JapaneseText.normalize(KAWAGUCHI)));
    }

    @Test
    void putsBackTogetherTheRowsThatPageBreaksSplit() {
        byte[] pdf = TestDocuments.exportToPdf(TestDocuments.docxWithRowsBreakingAcrossPages(KAWAGUCHI));

        ExtractionResult result = EXTRACTOR.extract("report.pdf", pdf);

        assertThat(tableRows(result.text())).isEqualTo(tableRows(JapaneseText.normalize(KAWAGUCHI)));
    }

    @Test
    void readsALegacyWordDocument(@TempDir Path work) throws Exception {
        // A .doc as an older office suite saves it: LibreOffice converts the .docx (it is installed for the packet PDFs).
        Path docx = Files.write(work.resolve("report.docx"), TestDocuments.docx(KAWAGUCHI.lines().limit(20)
                .reduce("", (a, b) -> a + b + "\n")));
        Process soffice = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "doc", "--outdir", work.toString(),
                docx.toString()).redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).isTrue();

        ExtractionResult result = EXTRACTOR.extract("report.doc", Files.readAllBytes(work.resolve("report.doc")));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.mediaType()).isEqualTo("application/msword");
        assertThat(compact(result.text())).contains("川口市情報公開・個人情報保護運営審議会次第");
    }

    @Test
    void readsAnExcelWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet("登録簿").createRow(0);
            row.createCell(0).setCellValue("市民課");
            row.createCell(1).setCellValue("住民基本台帳業務");
            workbook.write(out);
        }

        ExtractionResult result = EXTRACTOR.extract("registry.xlsx", out.toByteArray());

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.text()).contains("市民課", "住民基本台帳業務");
    }

    @Test
    void readsPlainTextInShiftJisAndUtf8Alike() {
        // The published text was cut off in places (U+FFFD), which Shift_JIS cannot hold; the head of it is whole.
        String excerpt = KAWAGUCHI.lines().limit(20).reduce("", (a, b) -> a + b + "\n");

        ExtractionResult shiftJis = EXTRACTOR.extract("report.txt", excerpt.getBytes(Charset.forName("windows-31j")));
        ExtractionResult utf8 = EXTRACTOR.extract("report.txt", excerpt.getBytes(StandardCharsets.UTF_8));

        assertThat(shiftJis.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(compact(shiftJis.text())).isEqualTo(compact(JapaneseText.normalize(excerpt)));
        assertThat(compact(utf8.text())).isEqualTo(compact(JapaneseText.normalize(excerpt)));
    }

    @Test
    void readsHtml() {
        ExtractionResult result = EXTRACTOR.extract("notice.html", """
                <html><head><meta charset="utf-8"><title>審議会</title></head>
                <body><h1>個人情報保護審議会の開催について</h1><p>令和4年3月15日に開催します。</p></body></html>"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(result.text()).contains("個人情報保護審議会の開催について", "令和4年3月15日に開催します。");
    }

    @Test
    void aPasswordProtectedPdfIsReportedAsEncrypted() {
        ExtractionResult result = EXTRACTOR.extract("secret.pdf", TestDocuments.encryptedPdf(KAWAGUCHI, "himitsu"));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.ENCRYPTED);
        assertThat(result.message()).contains("パスワードで保護されている");
    }

    @Test
    void readsAScannedPdfWithJapaneseOcr() {
        assertThat(EXTRACTOR.ocrAvailable()).as("Tesseract with its Japanese model: apt-get install tesseract-ocr-jpn").isTrue();

        ExtractionResult result = EXTRACTOR.extract("scan.pdf", TestDocuments.scannedPdf("個人情報保護審議会", "令和4年3月15日"));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(compact(result.text())).contains("個人情報保護審議会", "令和4年3月15日");
    }

    @Test
    void aScannedPdfIsReportedAsNeedingOcrWhereThereIsNone() {
        try (TikaTextExtractor withoutOcr = new TikaTextExtractor(ExtractionLimits.defaults(), false)) {
            ExtractionResult result = withoutOcr.extract("scan.pdf", TestDocuments.scannedPdf("個人情報保護審議会"));

            assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OCR_UNAVAILABLE);
            assertThat(result.message()).contains("tesseract-ocr-jpn");
        }
    }

    @Test
    void aCorruptFileFailsWithAMessage() {
        byte[] broken = Arrays.copyOf(TestDocuments.docx(KAWAGUCHI), 900);

        ExtractionResult result = EXTRACTOR.extract("broken.docx", broken);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.message()).contains("「broken.docx」は壊れているか");
    }

    @Test
    void anEmptyFileFails() {
        assertThat(EXTRACTOR.extract("empty.pdf", new byte[0]).message()).isEqualTo("「empty.pdf」は空のファイルです。");
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() {
        try (TikaTextExtractor small = new TikaTextExtractor(new ExtractionLimits(1024, 1000, Duration.ofSeconds(10)))) {
            ExtractionResult result = small.extract("big.pdf", TestDocuments.pdf(KAWAGUCHI));

            assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
            assertThat(result.message()).contains("大きすぎます");
        }
    }

    @Test
    void theTextIsCutAtTheCharacterLimit() {
        try (TikaTextExtractor capped = new TikaTextExtractor(new ExtractionLimits(10_000_000, 200, Duration.ofSeconds(30)))) {
            ExtractionResult result = capped.extract("report.txt", KAWAGUCHI.getBytes(StandardCharsets.UTF_8));

            assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
            assertThat(result.truncated()).isTrue();
            assertThat(result.text().length()).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void anUnknownBinaryIsUnsupported() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 + 11);
        }

        ExtractionResult result = EXTRACTOR.extract("data.bin", binary);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.UNSUPPORTED);
        assertThat(result.message()).contains("対応していない形式");
    }

    /** The lines that are table rows, spaces and empty trailing cells left out (PDF keeps a wrap's space or not). */
    private static java.util.List<String> tableRows(String text) {
        return text.lines().filter(line -> line.contains("\t")).map(line -> compact(line.replaceAll("\t+$", "")).replace("\t", " | "))
                .toList();
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s&&[^\\t]]", "");
    }
}

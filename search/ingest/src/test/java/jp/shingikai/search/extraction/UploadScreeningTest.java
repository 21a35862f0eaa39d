package jp.shingikai.search.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jp.shingikai.search.testing.TestDocuments;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Uploads from OWASP's list of file-upload attacks, each written here: each is refused or read safely, with its own
 * message in Japanese.
 */
class UploadScreeningTest {

    private static final String TEXT = "個人情報取扱事務登録簿 住民基本台帳事務 市民課";
    /** A lower expansion limit than the default, so that the zip bomb stays small enough to build quickly. */
    private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor(
            new ExtractionLimits(50L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60), 8L * 1024 * 1024), false);

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @Test
    void aZipBombIsNamedAsSuch() {
        ExtractionResult result = EXTRACTOR.extract("registry.docx", TestDocuments.withZipEntry(TestDocuments.docx(TEXT), "word/media/filler.bin",
                new byte[32 * 1024 * 1024]));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.REFUSED);
        assertThat(result.message()).contains("「registry.docx」は展開後のサイズが上限（8MB）を超えています", "圧縮爆弾");
    }

    @Test
    void macroEnabledFilesAreRefusedByNameAndByContent() {
        ExtractionResult byName = EXTRACTOR.extract("registry.docm", TestDocuments.docx(TEXT));
        ExtractionResult byContent = EXTRACTOR.extract("registry.docx", TestDocuments.withZipEntry(TestDocuments.docx(TEXT), "word/vbaProject.bin",
                "Attribute VB_Name = \"AutoOpen\"".getBytes(StandardCharsets.US_ASCII)));

        for (ExtractionResult result : new ExtractionResult[] {byName, byContent}) {
            assertThat(result.outcome()).isEqualTo(ExtractionOutcome.REFUSED);
            assertThat(result.message()).contains("マクロを含む", "保存し直してください");
        }
    }

    @Test
    void anArchiveEntryPointingOutsideIsRefused() {
        ExtractionResult result = EXTRACTOR.extract("registry.docx", TestDocuments.withZipEntry(TestDocuments.docx(TEXT), "../../etc/cron.d/evil",
                "* * * * * root true".getBytes(StandardCharsets.US_ASCII)));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.REFUSED);
        assertThat(result.message()).contains("展開先の外を指すファイル名（../../etc/cron.d/evil）");
    }

    @Test
    void theContentDecidesWhatAFileIsAndAMismatchIsSaid() {
        ExtractionResult result = EXTRACTOR.extract("registry.pdf", TestDocuments.docx(TEXT));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.text()).contains("住民基本台帳事務");
        assertThat(result.message()).isEqualTo("「registry.pdf」は拡張子（.pdf）と内容（Word 文書）が一致しません。内容に従って読み取りました。");
        assertThat(EXTRACTOR.extract("registry.docx", TestDocuments.docx(TEXT)).message()).isNull();
    }

    @Test
    void anExternalEntityInOfficeXmlIsNeverResolved() {
        byte[] docx = TestDocuments.withZipEntryChanged(TestDocuments.docx(TEXT), "word/document.xml", xml -> xml
                .replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("住民基本台帳事務", "住民基本台帳事務&secret;"));

        ExtractionResult result = EXTRACTOR.extract("registry.docx", docx);

        assertThat(result.text()).doesNotContain("root:");
        assertThat(result.outcome() == ExtractionOutcome.OK ? result.text() : result.message()).isNotBlank();
    }

    @Test
    void anEncryptedWordFileIsReportedAsEncrypted() throws Exception {
        ExtractionResult result = EXTRACTOR.extract("secret.docx", encrypted(TestDocuments.docx(TEXT), "himitsu"));

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.ENCRYPTED);
        assertThat(result.message()).contains("パスワードで保護されている");
    }

    @Test
    void textMixingShiftJisAndUtf8IsReadLineByLineWithoutMojibake() {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes("小平市 個人情報取扱事務登録簿\n".getBytes(Charset.forName("Shift_JIS")));
        mixed.writeBytes("住民基本台帳事務 市民課 ①\n".getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes("ｼｽﾃﾑ管理事務 情報政策課 ㈱\n".getBytes(Charset.forName("windows-31j")));

        ExtractionResult result = EXTRACTOR.extract("registry.txt", mixed.toByteArray());

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.text()).contains("小平市 個人情報取扱事務登録簿", "住民基本台帳事務 市民課 ①", "システム管理事務 情報政策課 ㈱")
                .doesNotContain("\uFFFD");
        assertThat(result.message()).contains("混在");
    }

    @Test
    void textInOneEncodingIsLeftToTheDetection() {
        ExtractionResult result = EXTRACTOR.extract("registry.txt", "住民基本台帳事務 市民課\n".getBytes(Charset.forName("EUC-JP")));

        assertThat(result.text()).contains("住民基本台帳事務 市民課");
        assertThat(result.message()).isNull();
    }

    @Test
    void anUploadedNameKeepsItsLastPartOnly() {
        assertThat(FileNames.of("../../etc/passwd", "名称なし")).isEqualTo("passwd");
        assertThat(FileNames.of("C:\\Users\\soumu\\登録簿.xlsx", "名称なし")).isEqualTo("登録簿.xlsx");
        assertThat(FileNames.of("登録\u0000簿.pdf", "名称なし")).isEqualTo("登録簿.pdf");
        assertThat(FileNames.of("..", "名称なし")).isEqualTo("名称なし");
        assertThat(FileNames.of(null, "名称なし")).isEqualTo("名称なし");
    }

    private static byte[] encrypted(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}

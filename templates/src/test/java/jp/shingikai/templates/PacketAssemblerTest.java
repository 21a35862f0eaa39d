package jp.shingikai.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kodaira 第3回 packet: 次第, two 諮問 with their statements, one 報告. LibreOffice renders the PDF. */
class PacketAssemblerTest {

    private static final DocumentGenerator GENERATOR = new DocumentGenerator(TemplateSource.defaults());
    private static List<PacketPart> parts;
    private static byte[] pdf;

    @BeforeAll
    static void assemble() {
        parts = kodairaPacket();
        pdf = new PacketAssembler().pdf(parts).orElseThrow(() -> new AssertionError(
                "LibreOffice (Debian libreoffice-writer-nogui) is needed to render the packet; .ci/run installs it"));
    }

    @Test
    void theBundleHoldsEveryDocumentInHandoutOrder() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(new PacketAssembler().zip(parts)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("00_会議次第.docx", "01_資料1_諮問書.docx",
                "02_資料1_諮問事項別説明書（本人以外からの収集）.docx", "03_資料2_諮問書.docx",
                "04_資料2_諮問事項別説明書（オンライン結合による外部提供）.docx", "05_資料3_報告書.docx");
    }

    @Test
    void thePdfHasABookmarkPerDocumentOnItsFirstPageAndOnePagePerShortPaper() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(parts.size());
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                pages.add(document.getPages().indexOf(item.findDestinationPage(document)));
            }
            assertThat(titles).containsExactlyElementsOf(parts.stream().map(PacketPart::bookmark).toList());
            assertThat(pages).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    @Test
    void theJapaneseTextOfThePdfIsExtractableSoTheGlyphsAreReal() throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        new PDFParser().parse(new ByteArrayInputStream(pdf), text, new Metadata(), new ParseContext());

        // PDF text extraction spaces out digits between kanji ("令和 4 年"); the words must all be there.
        assertThat(text.toString().replaceAll("\\s", "")).contains("令和4年3月15日(火)", "諮問事項別説明書（本人以外からの収集）",
                "小平市個人情報保護条例の規定により", "-1-", "-6-");
    }

    static List<PacketPart> kodairaPacket() {
        List<PacketPart> parts = new ArrayList<>();
        parts.add(new PacketPart("会議次第", "00_会議次第.docx", GENERATOR.generate(DocumentTemplate.AGENDA, KodairaPapers.agenda())));
        parts.add(new PacketPart("資料1 諮問書", "01_資料1_諮問書.docx", GENERATOR.generate(DocumentTemplate.CONSULTATION_LETTER, letter())));
        parts.add(new PacketPart("資料1 諮問事項別説明書（本人以外からの収集）", "02_資料1_諮問事項別説明書（本人以外からの収集）.docx",
                GENERATOR.generate(DocumentTemplate.STATEMENT_COLLECTION_FROM_OTHERS, statement())));
        parts.add(new PacketPart("資料2 諮問書", "03_資料2_諮問書.docx", GENERATOR.generate(DocumentTemplate.CONSULTATION_LETTER, letter())));
        parts.add(new PacketPart("資料2 諮問事項別説明書（オンライン結合による外部提供）",
                "04_資料2_諮問事項別説明書（オンライン結合による外部提供）.docx",
                GENERATOR.generate(DocumentTemplate.STATEMENT_ONLINE_PROVISION, statement())));
        parts.add(new PacketPart("資料3 報告書", "05_資料3_報告書.docx", GENERATOR.generate(DocumentTemplate.REPORT, Map.of("report",
                Map.of("title", KodairaPapers.ITEMS.get(2)[0], "department", "子ども家庭部子育て支援課",
                        "summary", "児童手当の情報を活用し、給付金を支給した。", "details", "", "safeguards", "")))));
        return parts;
    }

    private static Map<String, Object> letter() {
        return Map.of("letter", Map.of("number", "", "date", "令和4年3月4日"), "council", KodairaPapers.council(),
                "rules", Map.of("instrument", "小平市個人情報保護条例"), "case", KodairaPapers.questionnaireCase(),
                "grounds", List.of(Map.of("mark", "☑", "label", "本人以外からの収集", "article", "条例第4条第3項第8号")));
    }

    private static Map<String, Object> statement() {
        Map<String, Object> statement = new HashMap<>();
        for (String field : List.of("annex", "items", "source", "reason", "remarks", "recipient", "subjects", "safeguards")) {
            statement.put(field, field.equals("annex") ? "別紙" : "記載内容");
        }
        return Map.of("case", KodairaPapers.questionnaireCase(), "statement", statement);
    }
}

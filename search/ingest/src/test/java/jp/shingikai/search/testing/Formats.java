package jp.shingikai.search.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jp.shingikai.search.extraction.ExtractionLimits;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.TikaTextExtractor;

/** A document the tests write, as the importers get it: as written, or read back by Tika from a file of a format. */
public final class Formats {

    /** One extractor for the run: Tika's parsers are loaded once. */
    private static final TikaTextExtractor TIKA = new TikaTextExtractor(ExtractionLimits.defaults());

    private Formats() {
    }

    /**
     * @param format {@code text} (as written), {@code docx}, {@code pdf} (the Word file exported by LibreOffice, tables
     *               ruled), {@code pdf-unruled} (tables set without lines, as a 市報 page), {@code xlsx} (one sheet),
     *               {@code csv-utf8} or {@code csv-sjis}
     */
    public static String readAs(String text, String format) {
        return switch (format) {
            case "text" -> text;
            case "docx" -> extract("document.docx", TestDocuments.docx(text));
            case "pdf" -> extract("document.pdf", TestDocuments.publishedPdf(text));
            case "pdf-unruled" -> extract("document.pdf", TestDocuments.unruledPdf(text));
            case "xlsx" -> extract("document.xlsx", TestDocuments.xlsx(Map.of("Sheet1", text)));
            case "csv-utf8" -> extract("document.csv", TestDocuments.csv(text, StandardCharsets.UTF_8));
            case "csv-sjis" -> extract("document.csv", TestDocuments.csv(text, Charset.forName("windows-31j")));
            default -> throw new IllegalArgumentException(format);
        };
    }

    /** The text Tika reads from the file; fails the test if it cannot. */
    public static String extract(String name, byte[] file) {
        ExtractionResult result = TIKA.extract(name, file);
        if (!result.isOk()) {
            throw new AssertionError(name + ": " + result.outcome() + " " + result.message());
        }
        return result.text();
    }
}

package jp.shingikai.app;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** The text of a downloaded paper, read back with the libraries that open it: docx4j for Word, PDFBox for PDF. */
public final class FileText {

    private FileText() {
    }

    public static String docx(byte[] docx) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        StringBuilder text = new StringBuilder();
        document.getMainDocumentPart().getContent().forEach(node -> text.append(TextUtils.getText(node)).append('\n'));
        return text.toString();
    }

    /**
     * The PDF's text without any whitespace: the layout puts spaces around digits and Latin letters (令和 8 年), which a
     * search for a phrase must not trip over.
     */
    public static String pdf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    /** Word or PDF, told apart by the file's first bytes (a PDF starts with %PDF). */
    public static String of(byte[] file) throws Exception {
        return file.length > 4 && new String(file, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF") ? pdf(file)
                : docx(file);
    }
}

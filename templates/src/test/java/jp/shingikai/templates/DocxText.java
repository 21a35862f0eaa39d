package jp.shingikai.templates;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** Reads a generated .docx back with docx4j: its paragraphs' text, table rows as cells. */
final class DocxText {

    final WordprocessingMLPackage document;

    private DocxText(WordprocessingMLPackage document) {
        this.document = document;
    }

    static DocxText read(byte[] docx) throws Exception {
        return new DocxText(WordprocessingMLPackage.load(new ByteArrayInputStream(docx)));
    }

    /** Every paragraph's text in document order, tables included, empty paragraphs left out. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        collectParagraphs(document.getMainDocumentPart().getContent(), lines);
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    /** Each table row as the texts of its cells. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        collectRows(document.getMainDocumentPart().getContent(), rows);
        return rows;
    }

    boolean hasContentControls() {
        return containsControl(document.getMainDocumentPart().getContent());
    }

    private static void collectParagraphs(List<Object> content, List<String> lines) {
        for (Object child : content) {
            Object node = XmlUtils.unwrap(child);
            if (node instanceof P paragraph) {
                lines.add(text(paragraph));
            } else if (node instanceof ContentAccessor container) {
                collectParagraphs(container.getContent(), lines);
            }
        }
    }

    private static void collectRows(List<Object> content, List<List<String>> rows) {
        for (Object child : content) {
            Object node = XmlUtils.unwrap(child);
            if (node instanceof Tr row) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row.getContent()) {
                    if (XmlUtils.unwrap(cell) instanceof Tc tc) {
                        cells.add(text(tc));
                    }
                }
                rows.add(cells);
            } else if (node instanceof ContentAccessor container) {
                collectRows(container.getContent(), rows);
            }
        }
    }

    private static boolean containsControl(List<Object> content) {
        for (Object child : content) {
            Object node = XmlUtils.unwrap(child);
            if (node instanceof SdtElement || node instanceof ContentAccessor container && containsControl(container.getContent())) {
                return true;
            }
        }
        return false;
    }

    static String text(Object node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Object node, StringBuilder text) {
        Object unwrapped = XmlUtils.unwrap(node);
        if (unwrapped instanceof Text t) {
            text.append(t.getValue());
        } else if (unwrapped instanceof Br) {
            text.append('\n');
        } else if (unwrapped instanceof P && text.length() > 0) {
            text.append('\n');
            ((P) unwrapped).getContent().forEach(child -> appendText(child, text));
        } else if (unwrapped instanceof ContentAccessor container) {
            container.getContent().forEach(child -> appendText(child, text));
        }
    }
}

package jp.shingikai.search.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF page by page, handing each page's characters, as PDFBox positions them, to {@link #page}. */
abstract class PageGlyphReader extends PDFTextStripper {

    private final List<TextPosition> glyphs = new ArrayList<>();

    /** Reads every page; false where PDFBox cannot read the file this way (Tika's plain text then stands). */
    final boolean readPages(PDDocument document, boolean sortByPosition) {
        setSortByPosition(sortByPosition);
        try {
            getText(document);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** One page read: its characters in the order the stripper gave them. */
    protected abstract void page(PDPage page, List<TextPosition> glyphs) throws IOException;

    @Override
    protected final void startPage(PDPage page) {
        glyphs.clear();
    }

    @Override
    protected final void processTextPosition(TextPosition position) {
        glyphs.add(position);
    }

    @Override
    protected final void endPage(PDPage page) throws IOException {
        page(page, List.copyOf(glyphs));
    }
}

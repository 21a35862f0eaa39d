package jp.shingikai.search.extraction;

import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into plain text that keeps tables readable: one line per table row, cells separated by tabs,
 * line breaks inside a cell folded to spaces. Word, Excel and HTML tables thus come out in the same shape as a
 * tab-separated text file, which the registry importers read. Stops at a character limit.
 */
final class TableAwareText extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "title");

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private int cellDepth;
    private int cellStart;
    private boolean truncated;

    TableAwareText(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (localName.equals("td") || localName.equals("th")) {
            cellDepth++;
            cellStart = text.length();
        } else if (BLOCKS.contains(localName)) {
            separate();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "td", "th" -> {
                cellDepth--;
                trimTrailingSpace();
                append("\t");
            }
            case "tr" -> {
                if (!text.isEmpty() && text.charAt(text.length() - 1) == '\t') {
                    text.setLength(text.length() - 1);
                }
                append("\n");
            }
            case "table" -> append("\n");
            default -> {
                if (BLOCKS.contains(localName)) {
                    separate();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        String chunk = new String(ch, start, length);
        append(cellDepth > 0 ? chunk.replaceAll("[\\r\\n\\t]+", " ") : chunk);
    }

    /** Tika formats its XHTML with ignorable tabs and newlines; the structure comes from the elements instead. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public String toString() {
        return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private void separate() {
        if (cellDepth > 0) {
            // Paragraphs within one cell run on with a space; the first one starts the cell as it is.
            if (text.length() > cellStart && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        } else if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private void trimTrailingSpace() {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private void append(String chunk) throws SAXException {
        int room = maxChars - text.length();
        if (chunk.length() > room) {
            text.append(chunk, 0, Math.max(0, room));
            truncated = true;
            throw new LimitReached();
        }
        text.append(chunk);
    }

    /** Thrown to stop parsing once the character limit is reached. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("character limit reached");
        }
    }
}

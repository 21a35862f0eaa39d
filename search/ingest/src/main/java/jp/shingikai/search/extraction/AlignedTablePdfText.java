package jp.shingikai.search.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;

/**
 * Tables without ruling lines, as 市報 pages and sheets printed from Excel have them: the text of each page in lines,
 * a line cut where a gap wider than a character falls, and runs of such lines read as a table whose columns start
 * where their cells start. A line whose first column is empty carries on the row above (a wrapped cell). The result
 * is text with tab-separated rows, as the other table readers give; empty when the PDF holds no such table.
 */
final class AlignedTablePdfText {

    /** A gap of this many character widths or more separates two cells. */
    private static final float CELL_GAP = 1.6f;
    private static final float SAME_LINE = 2f;
    /** A gap of a fraction of a character is a space within a cell. */
    private static final float WORD_GAP = 0.25f;

    private AlignedTablePdfText() {
    }

    static Optional<String> read(PDDocument document) {
        Reader reader = new Reader();
        return reader.readPages(document, true) && reader.tables > 0 ? Optional.of(reader.text.toString().strip())
                : Optional.empty();
    }

    /** A run of characters with no wide gap inside. */
    private record Segment(float left, String text) {
    }

    private static final class Reader extends PageGlyphReader {

        private final StringBuilder text = new StringBuilder();
        private int tables;

        @Override
        protected void page(PDPage page, List<TextPosition> glyphs) {
            List<List<Segment>> lines = lines(glyphs.stream().filter(glyph -> !glyph.getUnicode().isBlank()).toList());
            for (int i = 0; i < lines.size(); ) {
                int end = i;
                while (end < lines.size() && (lines.get(end).size() > 1 || end > i && continues(lines.get(end), lines.get(i))) ) {
                    end++;
                }
                if (end - i >= 2) {
                    table(lines.subList(i, end));
                    tables++;
                    i = end;
                } else {
                    lines.get(i).forEach(segment -> text.append(segment.text()).append(' '));
                    text.setLength(text.length() - 1);
                    text.append('\n');
                    i++;
                }
            }
            text.append('\n');
        }

        /** A single cell that starts right of the table's first column: the wrapped text of a cell above. */
        private static boolean continues(List<Segment> line, List<Segment> tableStart) {
            return line.size() == 1 && line.get(0).left() > tableStart.get(0).left() + 8;
        }

        private static List<List<Segment>> lines(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble((TextPosition g) -> g.getYDirAdj()).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> rows = new ArrayList<>();
            for (TextPosition glyph : sorted) {
                List<TextPosition> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (last != null && Math.abs(last.get(0).getYDirAdj() - glyph.getYDirAdj()) <= SAME_LINE) {
                    last.add(glyph);
                } else {
                    rows.add(new ArrayList<>(List.of(glyph)));
                }
            }
            List<List<Segment>> lines = new ArrayList<>();
            for (List<TextPosition> row : rows) {
                row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                List<Segment> segments = new ArrayList<>();
                StringBuilder run = new StringBuilder();
                float start = row.get(0).getXDirAdj();
                float end = start;
                for (TextPosition glyph : row) {
                    float width = Math.max(glyph.getWidthDirAdj(), glyph.getFontSizeInPt() * 0.5f);
                    float gap = glyph.getXDirAdj() - end;
                    if (run.length() > 0 && gap > CELL_GAP * width) {
                        segments.add(new Segment(start, run.toString()));
                        run.setLength(0);
                        start = glyph.getXDirAdj();
                    } else if (run.length() > 0 && gap > WORD_GAP * width) {
                        run.append(' '); // the space the text had, which the PDF draws as room rather than a glyph
                    }
                    run.append(glyph.getUnicode());
                    end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                }
                segments.add(new Segment(start, run.toString()));
                lines.add(segments);
            }
            return lines;
        }

        /** The rows of one table: columns from where its cells start, wrapped cells joined to the row above. */
        private void table(List<List<Segment>> lines) {
            AlignedColumns columns = new AlignedColumns(lines.stream().flatMap(List::stream).mapToDouble(Segment::left), 8);
            List<String[]> rows = new ArrayList<>();
            for (List<Segment> line : lines) {
                String[] cells = columns.row(line, Segment::left, Segment::text);
                if (cells[0] == null && !rows.isEmpty()) {
                    String[] above = rows.get(rows.size() - 1);
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] != null) {
                            above[c] = above[c] == null ? cells[c] : above[c] + cells[c];
                        }
                    }
                } else {
                    rows.add(cells);
                }
            }
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    text.append(c == 0 ? "" : "\t").append(row[c] == null ? "" : row[c]);
                }
                text.append('\n');
            }
        }
    }
}

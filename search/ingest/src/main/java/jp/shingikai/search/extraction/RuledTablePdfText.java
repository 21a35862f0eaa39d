package jp.shingikai.search.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;

/**
 * Rebuilds the ruled tables of a PDF from where its characters and lines are drawn, so that a published registry
 * table reads as it does from Word: one line per row, cells separated by tabs, a cell's wrapped lines joined again,
 * and a row that a page break split put back together. Text outside the tables comes out line by line.
 *
 * <p>Tika's PDF text keeps the reading order but loses the columns (a wrapped cell's lines fall between the other
 * cells' lines), and the importers need the columns. PDFBox is the library Tika reads PDFs with.
 *
 * <p>It is one long class on purpose: its passes (strokes to a grid, glyphs to cells, wrapped lines to cell text, rows
 * split by a page break to one row) all work on the same page geometry, which splitting would hand around between
 * classes. The nested records and classes below (lines, rows, rulings, the stroke collector) are that geometry.
 */
final class RuledTablePdfText {

    /** How far apart two strokes may be and still be one line, in points. */
    private static final float TOLERANCE = 1.5f;
    /** Strokes drawn as filled rectangles are at most this thick, in points. */
    private static final float MAX_RULE_THICKNESS = 3f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-‐－—–\\s]*\\d{1,4}[-‐－—–\\s]*");

    private RuledTablePdfText() {
    }

    /** The PDF's text with its tables rebuilt, or empty when it has no ruled table (or cannot be read this way). */
    static Optional<String> read(PDDocument document) {
        PageReader reader = new PageReader();
        if (!reader.readPages(document, false) || reader.pages.stream().flatMap(List::stream).noneMatch(Row.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(render(joinRowsSplitByPageBreaks(reader.pages)));
    }

    /**
     * One line per row or line, except that the lines of a wrapped paragraph are joined again, so that a phrase
     * split by the wrap is still found. The text edge is where the document's longest lines end.
     */
    private static String render(List<Item> items) {
        float edge = (float) items.stream().filter(Line.class::isInstance).mapToDouble(item -> ((Line) item).right())
                .max().orElse(0);
        StringBuilder text = new StringBuilder();
        Item previous = null;
        for (Item item : items) {
            if (previous instanceof Line above && item instanceof Line below && above.wrapsInto(below, edge)) {
                text.append(joint(text, below.text(), edge - above.right(), below.firstWidth()));
            } else if (previous != null) {
                text.append('\n');
            }
            text.append(item.text());
            previous = item;
        }
        return text.append('\n').toString();
    }

    /**
     * What goes between two pieces of wrapped text: nothing in Japanese, which wraps anywhere; a space between
     * Latin words, unless the line was full (a word too long for the line was broken where the line ended).
     *
     * @param room       how far short of the text edge the first piece stopped
     * @param firstWidth the width of the second piece's first character
     */
    private static String joint(CharSequence before, String after, float room, float firstWidth) {
        if (before.isEmpty() || after.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1))) {
            return "";
        }
        boolean latin = isLatin(before.charAt(before.length() - 1)) && isLatin(after.charAt(0));
        return latin && room >= firstWidth ? " " : "";
    }

    private static boolean isLatin(char c) {
        return c > ' ' && c < 0x7f;
    }

    /**
     * Puts back together the rows a page break split: the first row of a page that {@linkplain Row#continues can
     * continue} the previous page's last row, where that row reached down to the foot of the page body (the lowest
     * point any page's content reaches) but for less than a line: a row that ends higher up was kept whole, and
     * the next one did not fit.
     */
    private static List<Item> joinRowsSplitByPageBreaks(List<List<Item>> pages) {
        float foot = (float) pages.stream().flatMap(List::stream).mapToDouble(Item::bottom).max().orElse(0);
        List<Item> items = new ArrayList<>();
        for (List<Item> page : pages) {
            List<Item> rest = new ArrayList<>(page);
            Row last = edgeRow(items, true);
            Row first = edgeRow(rest, false);
            if (last != null && first != null && first.continues(last) && foot - last.bottom() < last.pitch()) {
                last.append(first);
                rest.remove(first);
            }
            items.addAll(rest);
        }
        return items;
    }

    /** The last (or first) item of a page if it is a row, looking past page numbers. */
    private static Row edgeRow(List<Item> items, boolean fromEnd) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(fromEnd ? items.size() - 1 - i : i);
            if (item instanceof Row row) {
                return row;
            }
            if (!PAGE_NUMBER.matcher(item.text()).matches()) {
                return null;
            }
        }
        return null;
    }

    /** Collects each page's characters as PDFBox positions them, and lays the page out once it has been read. */
    private static final class PageReader extends PageGlyphReader {

        private final List<List<Item>> pages = new ArrayList<>();

        @Override
        protected void page(PDPage page, List<TextPosition> glyphs) throws IOException {
            pages.add(new PageLayout(Rulings.of(page), glyphs.stream().map(Glyph::of).toList()).items());
        }
    }

    /** One page: its glyphs placed into the cells the rulings enclose, or into lines of running text. */
    private static final class PageLayout {

        private final Rulings rulings;
        private final List<Glyph> glyphs;

        PageLayout(Rulings rulings, List<Glyph> glyphs) {
            this.rulings = rulings;
            this.glyphs = glyphs;
        }

        List<Item> items() {
            List<Glyph> running = new ArrayList<>();
            List<Placed> placed = new ArrayList<>();
            for (Glyph glyph : glyphs) {
                Cell cell = rulings.cellAround(glyph.centerX(), glyph.centerY());
                if (cell == null) {
                    running.add(glyph);
                } else {
                    placed.add(new Placed(cell, glyph));
                }
            }
            List<Positioned> items = new ArrayList<>();
            for (List<Glyph> line : lines(running)) {
                Glyph end = line.get(line.size() - 1);
                items.add(new Positioned(line.get(0).baseline(), new Line(text(line), end.right(), end.baseline(), end.size(),
                        line.get(0).right() - line.get(0).left())));
            }
            placed.stream().map(p -> p.cell().top()).distinct().forEach(top -> {
                List<Placed> inRow = placed.stream().filter(p -> p.cell().top() == top).toList();
                items.add(new Positioned(top, row(top, inRow)));
            });
            items.sort(Comparator.comparingDouble(Positioned::y));
            return new ArrayList<>(items.stream().map(Positioned::item).toList());
        }

        /** The row's cells run between the vertical rulings that cross it, so empty cells keep their place. */
        private Row row(float top, List<Placed> inRow) {
            float bottom = (float) inRow.stream().mapToDouble(p -> p.cell().bottom()).min().orElseThrow();
            List<Float> columns = rulings.columns(top, bottom, inRow.get(0).cell());
            List<List<Glyph>> cells = new ArrayList<>();
            for (int i = 0; i + 1 < columns.size(); i++) {
                cells.add(new ArrayList<>());
            }
            for (Placed p : inRow) {
                int column = columnOf(columns, p.cell().left());
                if (column >= 0 && column < cells.size()) {
                    cells.get(column).add(p.glyph());
                }
            }
            List<StringBuilder> texts = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                texts.add(new StringBuilder(cellText(cells.get(i))));
            }
            float size = (float) inRow.stream().mapToDouble(p -> p.glyph().size()).max().orElse(0);
            return new Row(columns, texts, bottom, linePitch(cells, size));
        }

        /** The distance from one line to the next in the row's cells; for one-line rows, one and a half type sizes. */
        private static float linePitch(List<List<Glyph>> cells, float size) {
            float pitch = Float.MAX_VALUE;
            for (List<Glyph> cell : cells) {
                List<List<Glyph>> lines = lines(cell);
                for (int i = 1; i < lines.size(); i++) {
                    pitch = Math.min(pitch, lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline());
                }
            }
            return pitch == Float.MAX_VALUE ? 1.5f * size : pitch;
        }

        private static int columnOf(List<Float> columns, float left) {
            for (int i = 0; i < columns.size(); i++) {
                if (Math.abs(columns.get(i) - left) <= TOLERANCE) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * A cell's lines joined again. Latin words wrap at spaces, so they get one back; Japanese wraps anywhere, so
         * it runs straight on, unless the line stopped well short of the cell's text edge (where its longest line
         * ends), which marks a new paragraph; "well short" allows for the couple of characters that line-breaking
         * rules carry over to the next line.
         */
        private static String cellText(List<Glyph> glyphs) {
            List<List<Glyph>> lines = lines(glyphs);
            float edge = (float) lines.stream().mapToDouble(line -> last(line).right()).max().orElse(0);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String next = text(lines.get(i));
                if (i > 0) {
                    Glyph end = last(lines.get(i - 1));
                    boolean newParagraph = edge - end.right() > 2.5 * end.size()
                            && !Character.isWhitespace(text.charAt(text.length() - 1));
                    Glyph first = lines.get(i).get(0);
                    text.append(newParagraph ? " " : joint(text, next, edge - end.right(), first.right() - first.left()));
                }
                text.append(next);
            }
            return text.toString();
        }

        private static Glyph last(List<Glyph> line) {
            return line.get(line.size() - 1);
        }
    }

    /** Glyphs grouped into lines by baseline, top to bottom, each line left to right. */
    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        for (Glyph glyph : sorted) {
            if (line == null || glyph.baseline() - line.get(0).baseline() > glyph.size() / 2) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(glyph);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::left)));
        return lines;
    }

    /** A line's characters, with a space where a gap wider than a fifth of the type size separates them. */
    private static String text(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : line) {
            if (previous != null && glyph.left() - previous.right() > previous.size()) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }

    /** A drawn character, in points from the page's top left. */
    private record Glyph(String text, float left, float right, float baseline, float height, float size) {

        static Glyph of(TextPosition position) {
            float size = position.getFontSizeInPt() >= 1 ? position.getFontSizeInPt() : position.getHeightDir();
            return new Glyph(position.getUnicode(), position.getXDirAdj(), position.getXDirAdj() + position.getWidthDirAdj(),
                    position.getYDirAdj(), position.getHeightDir(), size);
        }

        float centerX() {
            return (left + right) / 2;
        }

        float centerY() {
            return baseline - height / 2;
        }
    }

    private record Cell(float left, float top, float right, float bottom) {
    }

    private record Placed(Cell cell, Glyph glyph) {
    }

    private record Positioned(float y, Item item) {
    }

    private sealed interface Item permits Line, Row {
        String text();

        /** How far down the page the item reaches. */
        float bottom();
    }

    /** A line of running text, with where it ends, to tell a wrapped paragraph from separate lines. */
    private record Line(String text, float right, float baseline, float size, float firstWidth) implements Item {

        @Override
        public float bottom() {
            return baseline + size / 4;
        }

        /** The next line carries on this paragraph: this one ran to the text edge and the next follows right under. */
        boolean wrapsInto(Line next, float edge) {
            return edge - right <= 2.5 * size && next.baseline > baseline && next.baseline - baseline <= 2 * size;
        }
    }

    /** A table row: its column boundaries and its cells' text. */
    private record Row(List<Float> columns, List<StringBuilder> cells, float bottom, float pitch) implements Item {

        /**
         * Whether this row, first on its page, can be the rest of the previous page's last row: the same columns,
         * an empty first cell (a row's number or heading fits on the first page), and nothing in a cell that was
         * empty before (a cell's text starts where the row starts).
         */
        boolean continues(Row previous) {
            if (cells.isEmpty() || !cells.get(0).isEmpty() || columns.size() != previous.columns.size()) {
                return false;
            }
            for (int i = 0; i < columns.size(); i++) {
                if (Math.abs(columns.get(i) - previous.columns.get(i)) > TOLERANCE) {
                    return false;
                }
                if (i < cells.size() && !cells.get(i).isEmpty() && previous.cells.get(i).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        void append(Row continuation) {
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).append(continuation.cells.get(i));
            }
        }

        @Override
        public String text() {
            return String.join("\t", cells);
        }
    }

    /** A straight stroke: its position across, and where it runs from and to along. */
    private record Ruling(float at, float from, float to) {

        boolean spans(float along) {
            return from - TOLERANCE <= along && along <= to + TOLERANCE;
        }
    }

    /** The horizontal and vertical lines drawn on a page, collinear pieces joined. */
    private static final class Rulings {

        private final List<Ruling> horizontal;
        private final List<Ruling> vertical;

        private Rulings(List<Ruling> horizontal, List<Ruling> vertical) {
            this.horizontal = join(horizontal);
            this.vertical = join(vertical);
        }

        static Rulings of(PDPage page) throws IOException {
            StrokeCollector collector = new StrokeCollector(page);
            collector.processPage(page);
            return new Rulings(collector.horizontal, collector.vertical);
        }

        /** The cell a point lies in: the nearest rulings around it that reach past it, or null outside any table. */
        Cell cellAround(float x, float y) {
            Ruling left = nearest(vertical, x, y, false);
            Ruling right = nearest(vertical, x, y, true);
            Ruling top = nearest(horizontal, y, x, false);
            Ruling bottom = nearest(horizontal, y, x, true);
            if (left == null || right == null || top == null || bottom == null) {
                return null;
            }
            return new Cell(left.at(), top.at(), right.at(), bottom.at());
        }

        /** Where the columns of the row between top and bottom start and end, left to right. */
        List<Float> columns(float top, float bottom, Cell member) {
            Ruling edge = horizontal.stream().filter(r -> r.at() == top && r.spans(member.left() + 1)).findFirst()
                    .orElse(new Ruling(top, member.left(), member.right()));
            float middle = (top + bottom) / 2;
            return vertical.stream().filter(r -> r.spans(middle) && edge.spans(r.at())).map(Ruling::at).sorted().toList();
        }

        private static Ruling nearest(List<Ruling> rulings, float across, float along, boolean after) {
            Ruling best = null;
            for (Ruling ruling : rulings) {
                boolean onSide = after ? ruling.at() >= across : ruling.at() <= across;
                if (onSide && ruling.spans(along)
                        && (best == null || Math.abs(ruling.at() - across) < Math.abs(best.at() - across))) {
                    best = ruling;
                }
            }
            return best;
        }

        private static List<Ruling> join(List<Ruling> pieces) {
            List<Ruling> sorted = new ArrayList<>(pieces);
            sorted.sort(Comparator.comparingDouble(Ruling::at).thenComparingDouble(Ruling::from));
            List<Ruling> joined = new ArrayList<>();
            for (Ruling piece : sorted) {
                Ruling last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && Math.abs(piece.at() - last.at()) <= TOLERANCE && piece.from() <= last.to() + 2 * TOLERANCE) {
                    joined.set(joined.size() - 1, new Ruling(last.at(), last.from(), Math.max(last.to(), piece.to())));
                } else {
                    joined.add(piece);
                }
            }
            return joined;
        }
    }

    /**
     * Finds the straight strokes on a page: stroked lines, and the thin filled rectangles some producers draw
     * borders with. Coordinates are turned to points from the page's top left, as text positions are given.
     */
    private static final class StrokeCollector extends PDFGraphicsStreamEngine {

        private final PDRectangle box;
        private final List<Ruling> horizontal = new ArrayList<>();
        private final List<Ruling> vertical = new ArrayList<>();
        private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
        private List<Point2D.Float> subpath;

        StrokeCollector(PDPage page) {
            super(page);
            this.box = page.getCropBox();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            moveTo((float) p0.getX(), (float) p0.getY());
            lineTo((float) p1.getX(), (float) p1.getY());
            lineTo((float) p2.getX(), (float) p2.getY());
            lineTo((float) p3.getX(), (float) p3.getY());
            closePath();
        }

        @Override
        public void moveTo(float x, float y) {
            subpath = new ArrayList<>();
            subpath.add(new Point2D.Float(x - box.getLowerLeftX(), box.getUpperRightY() - y));
            subpaths.add(subpath);
        }

        @Override
        public void lineTo(float x, float y) {
            if (subpath == null) {
                moveTo(x, y);
            } else {
                subpath.add(new Point2D.Float(x - box.getLowerLeftX(), box.getUpperRightY() - y));
            }
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            // Curves are no rulings; the path carries on from the curve's end.
            moveTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            if (subpath == null) {
                return new Point2D.Float();
            }
            Point2D.Float last = subpath.get(subpath.size() - 1);
            return new Point2D.Float(last.x + box.getLowerLeftX(), box.getUpperRightY() - last.y);
        }

        @Override
        public void closePath() {
            if (subpath != null && !subpath.isEmpty()) {
                subpath.add(subpath.get(0));
            }
        }

        @Override
        public void strokePath() {
            for (List<Point2D.Float> points : subpaths) {
                for (int i = 0; i + 1 < points.size(); i++) {
                    addStroke(points.get(i), points.get(i + 1));
                }
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (List<Point2D.Float> points : subpaths) {
                float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
                for (Point2D.Float p : points) {
                    minX = Math.min(minX, p.x);
                    maxX = Math.max(maxX, p.x);
                    minY = Math.min(minY, p.y);
                    maxY = Math.max(maxY, p.y);
                }
                if (maxY - minY <= MAX_RULE_THICKNESS && maxX - minX > MAX_RULE_THICKNESS) {
                    horizontal.add(new Ruling((minY + maxY) / 2, minX, maxX));
                } else if (maxX - minX <= MAX_RULE_THICKNESS && maxY - minY > MAX_RULE_THICKNESS) {
                    vertical.add(new Ruling((minX + maxX) / 2, minY, maxY));
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            List<List<Point2D.Float>> path = List.copyOf(subpaths);
            fillPath(windingRule);
            subpaths.addAll(path);
            strokePath();
        }

        private void addStroke(Point2D.Float a, Point2D.Float b) {
            if (Math.abs(a.y - b.y) <= TOLERANCE / 3 && Math.abs(a.x - b.x) > TOLERANCE) {
                horizontal.add(new Ruling((a.y + b.y) / 2, Math.min(a.x, b.x), Math.max(a.x, b.x)));
            } else if (Math.abs(a.x - b.x) <= TOLERANCE / 3 && Math.abs(a.y - b.y) > TOLERANCE) {
                vertical.add(new Ruling((a.x + b.x) / 2, Math.min(a.y, b.y), Math.max(a.y, b.y)));
            }
        }

        @Override
        public void endPath() {
            subpaths.clear();
            subpath = null;
        }

        @Override
        public void clip(int windingRule) {
            // A clip is followed by endPath, which forgets the path.
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}

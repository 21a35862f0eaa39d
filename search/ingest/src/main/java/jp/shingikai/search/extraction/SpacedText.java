package jp.shingikai.search.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables in plain text laid out with spaces (two or more between cells, full-width spaces included) become
 * tab-separated rows like every other table. Columns are where the cells of a run of such lines start, counting a
 * full-width character as two, so a row with an empty cell keeps its columns. Other lines are left as they are.
 */
final class SpacedText {

    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");
    private static final Pattern WIDE_GAP = Pattern.compile("\\S(?: {2,}|\\u3000+)\\S");

    private SpacedText() {
    }

    static String tabbed(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); ) {
            int end = i;
            while (end < lines.size() && !lines.get(end).contains("\t") && WIDE_GAP.matcher(lines.get(end)).find()) {
                end++;
            }
            if (end - i >= 2) {
                table(lines.subList(i, end), out);
                i = end;
            } else {
                out.append(lines.get(i)).append('\n');
                i++;
            }
        }
        return out.toString();
    }

    private record Cell(int column, String text) {
    }

    private static void table(List<String> lines, StringBuilder out) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (String line : lines) {
            String spaced = line.replace('\u3000', ' ').replace("\u3000", " ");
            List<Cell> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(spaced);
            while (cell.find()) {
                cells.add(new Cell(width(spaced.substring(0, cell.start())), cell.group()));
            }
            cells.forEach(found -> starts.add(found.column()));
            rows.add(cells);
        }
        AlignedColumns columns = new AlignedColumns(starts.stream().mapToDouble(Integer::doubleValue), 1);
        for (List<Cell> row : rows) {
            String[] cells = columns.row(row, Cell::column, Cell::text);
            for (int c = 0; c < cells.length; c++) {
                out.append(c == 0 ? "" : "\t").append(cells[c] == null ? "" : cells[c]);
            }
            out.append('\n');
        }
    }

    /** Display width: full-width and CJK characters take two columns. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x1100 || text.charAt(i) >= 0xFF61 && text.charAt(i) <= 0xFF9F ? 1 : 2;
        }
        return width;
    }
}

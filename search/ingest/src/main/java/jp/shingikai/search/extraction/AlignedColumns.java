package jp.shingikai.search.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * The columns of a table without rulings, found where its cells start: starts closer together than the tolerance are
 * one column. Used for PDF glyph positions and for the display columns of space-aligned text alike.
 */
final class AlignedColumns {

    private final List<Double> starts = new ArrayList<>();
    private final double tolerance;

    AlignedColumns(DoubleStream cellStarts, double tolerance) {
        this.tolerance = tolerance;
        cellStarts.sorted().forEach(start -> {
            if (starts.isEmpty() || start - starts.get(starts.size() - 1) > tolerance) {
                starts.add(start);
            }
        });
    }

    /** One row: each cell in the last column starting at or before it, the texts of one column joined by a space. */
    <T> String[] row(List<T> cells, ToDoubleFunction<T> start, Function<T, String> text) {
        String[] row = new String[starts.size()];
        for (T cell : cells) {
            int column = 0;
            for (int c = 0; c < starts.size(); c++) {
                if (starts.get(c) <= start.applyAsDouble(cell) + tolerance) {
                    column = c;
                }
            }
            row[column] = row[column] == null ? text.apply(cell) : row[column] + " " + text.apply(cell);
        }
        return row;
    }
}

package jp.shingikai.app.system;

import java.util.List;

/**
 * CSV as Excel in Japan opens it without asking: UTF-8 with a byte-order mark, CRLF line ends, and every value quoted
 * (so that a leading zero, a comma or a line break inside a value survives).
 */
public final class Csv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, header);
        rows.forEach(row -> row(csv, row));
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i);
            csv.append(i == 0 ? "" : ",").append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}

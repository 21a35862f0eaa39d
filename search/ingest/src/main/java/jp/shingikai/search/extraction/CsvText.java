package jp.shingikai.search.extraction;

/**
 * Comma-separated values (RFC 4180) as the tab-separated lines every other table becomes here: a quoted cell may hold
 * commas, doubled quotes and line breaks, which fold to a space as they do in a Word or Excel cell.
 */
final class CsvText {

    private CsvText() {
    }

    static String tabbed(String csv) {
        StringBuilder out = new StringBuilder(csv.length());
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    out.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c != '\r') {
                    out.append(c == '\n' || c == '\t' ? ' ' : c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.append('\t');
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

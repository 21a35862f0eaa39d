package jp.shingikai.search.importers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Annual privacy reports to residents, Mitaka-style: a table of new notifications per department (所管 / 件数 / 事務の名称,
 * several names in one cell), a table of operations and their main recorded items, split into 個人情報 and
 * 特定個人情報 (My Number) parts, and a table of operations and the systems they are connected to online.
 */
public final class ProcessingStatusReportImporter implements RegistryImporter {

    private static final Map<String, List<String>> NOTIFICATIONS = Map.of(
            "department", List.of("所管", "担当課", "所管課"),
            "count", List.of("届け出件数", "届出件数", "件数"),
            "operationNames", List.of("個人情報を取り扱う事務の名称", "事務の名称"));
    private static final Map<String, List<String>> RECORDED_ITEMS = Map.of(
            "operationName", List.of("業務名", "事務名", "事務の名称"),
            "recordedItems", List.of("主な記録項目", "記録項目"));
    private static final Map<String, List<String>> CONNECTIONS = Map.of(
            "operationName", List.of("業務名", "事務名"),
            "connection", List.of("接続先", "結合先"));

    private enum Table { NOTIFICATIONS, RECORDED_ITEMS, CONNECTIONS }

    @Override
    public String name() {
        return "個人情報保護制度の運用状況（届出・記録項目・回線結合）";
    }

    @Override
    public double recognize(String text) {
        int tables = 0;
        for (TabularText.Line line : TabularText.lines(text)) {
            if (table(line.text()).isPresent()) {
                tables++;
            }
        }
        return Math.min(1.0, 0.3 * tables);
    }

    @Override
    public ImportReading read(String text, String source) {
        Gathering found = new Gathering(text);
        Table table = null;
        Map<String, Integer> columns = null;
        boolean myNumber = false;
        for (TabularText.Line line : TabularText.lines(text)) {
            Optional<Map.Entry<Table, Map<String, Integer>>> header = table(line.text());
            if (header.isPresent()) {
                table = header.get().getKey();
                columns = header.get().getValue();
                continue;
            }
            String first = TabularText.cells(line.text()).get(0);
            if (first.equals("個人情報") || first.equals("特定個人情報")) {
                myNumber = first.equals("特定個人情報");
                continue;
            }
            if (table == null || !line.text().contains("\t")) {
                table = line.text().isEmpty() ? table : null;
                continue;
            }
            List<String> cells = TabularText.cells(line.text());
            Provenance provenance = new Provenance(source, label(table), line.number());
            switch (table) {
                case NOTIFICATIONS -> notifications(found, columns, cells, provenance);
                case RECORDED_ITEMS, CONNECTIONS -> {
                    Map<String, String> fields = new HashMap<>();
                    columns.forEach((field, index) -> fields.put(field, index < cells.size() ? cells.get(index) : ""));
                    if (fields.get("operationName").isEmpty()) {
                        found.review(line.text(), "業務名が読み取れません", provenance);
                        continue;
                    }
                    if (table == Table.RECORDED_ITEMS) {
                        fields.put("myNumber", Boolean.toString(myNumber));
                    }
                    fields.put("department", "");
                    found.row(new RegistryRow(RowKind.STATUS, found.municipality(), fields, null, "", provenance, 0.9));
                }
            }
        }
        return found.reading(name());
    }

    /** One cell names several operations, separated by spaces; the count column says how many there should be. */
    private static void notifications(Gathering found, Map<String, Integer> columns, List<String> cells, Provenance provenance) {
        String department = cell(cells, columns.get("department"));
        String[] names = cell(cells, columns.get("operationNames")).split(" +");
        String count = cell(cells, columns.get("count"));
        if (department.isEmpty() || names.length == 0 || names[0].isEmpty()
                || count.matches("\\d+") && Integer.parseInt(count) != names.length) {
            found.review(String.join("\t", cells), "事務の名称の数が届け出件数（" + count + "）と合いません", provenance);
            return;
        }
        for (String name : names) {
            found.row(new RegistryRow(RowKind.NEW, found.municipality(), Map.of("department", department, "operationName", name),
                    null, "", provenance, 0.9));
        }
    }

    private static Optional<Map.Entry<Table, Map<String, Integer>>> table(String line) {
        return TabularText.header(line, NOTIFICATIONS, List.of("department", "operationNames")).map(c -> Map.entry(Table.NOTIFICATIONS, c))
                .or(() -> TabularText.header(line, RECORDED_ITEMS, List.of("operationName", "recordedItems"))
                        .map(c -> Map.entry(Table.RECORDED_ITEMS, c)))
                .or(() -> TabularText.header(line, CONNECTIONS, List.of("operationName", "connection"))
                        .map(c -> Map.entry(Table.CONNECTIONS, c)));
    }

    private static String label(Table table) {
        return switch (table) {
            case NOTIFICATIONS -> "新規の届出";
            case RECORDED_ITEMS -> "記録項目";
            case CONNECTIONS -> "回線結合";
        };
    }

    private static String cell(List<String> cells, Integer index) {
        return index != null && index < cells.size() ? cells.get(index) : "";
    }
}

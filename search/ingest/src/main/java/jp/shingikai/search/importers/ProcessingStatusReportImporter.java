package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.japanese.Wareki;

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

    /** 令和6年4月1日現在, 平成27年5月現在, 令和6年3月末日現在: the day the publication speaks of. */
    private static final Pattern AS_OF = Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年(\\d{1,2})月(末日|\\d{1,2}日)?現在");
    /** 共通項目=氏名、住所 or ※共通項目：氏名、住所: a term the rows use for a list given once. */
    private static final Pattern DEFINITION = Pattern.compile("^[※＊*]?\\s*([^\\s\\t=＝:：、。]{1,12})\\s*[=＝]\\s*(.+)$");
    /** ※共通項目：氏名、住所: the same, as a note. */
    private static final Pattern NOTE = Pattern.compile("^[※＊*]\\s*([^\\s\\t:：、。]{1,12})\\s*[:：]\\s*(.+)$");
    /** A heading under which operations are only named: このほかの業務, その他の事務. */
    private static final Pattern LISTED_HEADING = Pattern.compile("^(?:[■□●○◆]\\s*)?(?:この|その)?(?:ほか|他)の?(?:業務|事務)");
    /** A line of a list of names: a bullet first, or names with ・ between them. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[・●○\\-－]|^[^\\t]+・[^\\t]+$");
    /** Column labels of tables that are not about operations (相談日, 窓口一覧). */
    private static final Pattern UNRELATED = Pattern.compile("相談|窓口|日時|曜日|時間|場所|電話|受付|会場");
    private static final Pattern MY_NUMBER = Pattern.compile("個人番号|マイナンバー");

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
        List<TabularText.Line> lines = TabularText.lines(text);
        Map<String, String> terms = definitions(lines);
        AsOf asOf = asOf(text);
        Table table = null;
        Map<String, Integer> columns = null;
        boolean myNumber = false;
        boolean listing = false;
        for (TabularText.Line line : lines) {
            if (!line.text().contains("\t") && LISTED_HEADING.matcher(line.text()).find()) {
                // The names follow on the heading's line (このほかの業務：…), or as the list below a bare heading.
                String names = line.text().replaceFirst(LISTED_HEADING.pattern(), "").replaceFirst("^\\s*[:：]", "").strip();
                listing = names.isEmpty();
                table = null;
                listed(found, names, source, line.number(), asOf);
                continue;
            }
            if (listing && LIST_ITEM.matcher(line.text()).find()) {
                listed(found, line.text(), source, line.number(), asOf);
                continue;
            }
            listing = false;
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
            if (unrelatedHeader(TabularText.cells(line.text()))) {
                table = null; // another table on the same page: 相談日, 窓口
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
                        String printed = fields.get("recordedItems");
                        String expanded = expand(printed, terms);
                        if (!expanded.equals(printed)) {
                            fields.put("recordedItems", expanded);
                            fields.put("recordedItemsAsPrinted", printed);
                        }
                        fields.put("myNumber", Boolean.toString(myNumber || MY_NUMBER.matcher(expanded).find()));
                    }
                    fields.put("department", "");
                    found.row(new RegistryRow(RowKind.STATUS, found.municipality(), fields, asOf.date(), asOf.text(), provenance, 0.9));
                }
            }
        }
        return found.reading(name());
    }

    /** A header of column labels only (short), two of which are about something else than operations (相談日, 窓口). */
    private static boolean unrelatedHeader(List<String> cells) {
        return cells.stream().allMatch(cell -> cell.length() <= 8)
                && cells.stream().filter(cell -> UNRELATED.matcher(cell).find()).count() >= 2;
    }

    /** The day the publication is as of, and how it printed it; none when it says no such day. */
    private record AsOf(LocalDate date, String text) {
    }

    private static AsOf asOf(String text) {
        Matcher found = AS_OF.matcher(JapaneseText.normalize(text).replaceAll("\\s", ""));
        if (!found.find()) {
            return new AsOf(null, "");
        }
        int month = Integer.parseInt(found.group(3));
        String day = found.group(4);
        LocalDate first = Wareki.parse(found.group(1) + found.group(2) + "年" + month + "月1日");
        LocalDate date = day == null ? first : day.equals("末日") ? first.withDayOfMonth(first.lengthOfMonth())
                : first.withDayOfMonth(Integer.parseInt(day.replace("日", "")));
        return new AsOf(date, found.group());
    }

    /** Terms the publication defines once (共通項目=氏名、住所、生年月日), to be expanded where the rows use them. */
    private static Map<String, String> definitions(List<TabularText.Line> lines) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (TabularText.Line line : lines) {
            String flat = line.text().replace('\t', ' ').strip();
            Matcher defined = DEFINITION.matcher(flat);
            if (!defined.matches()) {
                defined = NOTE.matcher(flat);
            }
            if (defined.matches() && !defined.group(2).isBlank()) {
                terms.put(defined.group(1), defined.group(2).strip());
            }
        }
        return terms;
    }

    /** The items with each defined term followed by what it stands for: 共通項目（氏名、住所）、勤務先. */
    private static String expand(String items, Map<String, String> terms) {
        String expanded = items;
        for (Map.Entry<String, String> term : terms.entrySet()) {
            expanded = expanded.replace(term.getKey(), term.getKey() + "（" + term.getValue() + "）");
        }
        return expanded;
    }

    /** Operations named without items, ・ or 、 between them (このほかの業務: 犬の登録・狂犬病予防注射). */
    private static void listed(Gathering found, String names, String source, int line, AsOf asOf) {
        for (String name : names.split("[・、,，]|\\s{2,}")) {
            String operation = name.replaceFirst("^[\\s・●○■□◆\\-]+", "").replaceFirst("[。\\s]+$", "").strip();
            if (operation.length() >= 2) {
                found.row(new RegistryRow(RowKind.LISTED, found.municipality(), Map.of("operationName", operation, "department", ""),
                        asOf.date(), asOf.text(), new Provenance(source, "名称の掲載", line), 0.7));
            }
        }
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

package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.shingikai.japanese.Wareki;
import jp.shingikai.japanese.WarekiFormatException;

/**
 * Registry reports to a council, Kawaguchi-style: sections 新規登録 / 修正 / 廃止 / 目的外利用・外部提供, each a
 * table with a header row naming its columns (担当課, 業務の名称, …) and numbered rows, repeated on every page.
 * Columns are found by their labels, so another municipality's order or extra columns do not matter.
 */
public final class RegistryReportImporter implements RegistryImporter {

    /** The words a section's heading names its kind with; councils say 修正 or 変更 for the same thing. */
    private static final Map<RowKind, List<String>> SECTION_WORDS = Map.of(RowKind.NEW, List.of("新規登録"),
            RowKind.CHANGE, List.of("修正", "変更"), RowKind.ABOLISH, List.of("廃止"), RowKind.PROVISION, List.of("目的外利用・外部提供"));
    private static final Map<RowKind, Map<String, List<String>>> COLUMNS = Map.of(
            RowKind.NEW, columns(
                    "department", List.of("担当課", "所管課", "担当部課"),
                    "operationName", List.of("業務の名称", "事務の名称"),
                    "purpose", List.of("個人情報の収集の目的", "収集の目的", "目的"),
                    "dataSubjects", List.of("記録の対象者", "対象者の範囲", "記録の対象となる個人の範囲"),
                    "date", List.of("業務開始年月日", "事務開始年月日", "開始年月日", "登録年月日"),
                    "collectionMethod", List.of("収集の方法", "収集方法")),
            RowKind.CHANGE, columns(
                    "department", List.of("担当課", "所管課", "担当部課"),
                    "operationName", List.of("業務の名称", "事務の名称"),
                    "reason", List.of("修正の理由", "変更の理由"),
                    "content", List.of("修正の内容", "変更の内容"),
                    "date", List.of("修正年月日", "変更年月日")),
            RowKind.ABOLISH, columns(
                    "department", List.of("担当課", "所管課", "担当部課"),
                    "operationName", List.of("業務の名称", "事務の名称"),
                    "reason", List.of("廃止の理由"),
                    "date", List.of("廃止年月日")),
            RowKind.PROVISION, columns(
                    "department", List.of("担当課", "所管課", "担当部課"),
                    "operationName", List.of("利用させる・提供する業務の名称", "業務の名称", "事務の名称"),
                    "provisionKind", List.of("区分"),
                    "recipient", List.of("目的外利用する・外部提供を受ける課名又は外部提供先", "提供先", "利用・提供先"),
                    "recipientOperation", List.of("利用する・提供を受ける業務の名称"),
                    "date", List.of("開始年月日"),
                    "basis", List.of("根拠"),
                    "reason", List.of("理由")));
    /** One table for every kind of change, told apart by a column of its own (区分: 新規登録 / 修正 / 廃止). */
    private static final Map<String, List<String>> ONE_TABLE = columns(
            "department", List.of("担当課", "所管課", "担当部課"),
            "operationName", List.of("業務の名称", "事務の名称"),
            "kind", List.of("区分", "登録区分", "届出区分", "種別"),
            "registrationNumber", List.of("登録番号"),
            "date", List.of("年月日", "登録年月日", "届出年月日", "開始年月日", "変更年月日", "修正年月日", "廃止年月日", "実施年月日",
                    "開始日", "登録日", "変更日", "廃止日"),
            "purpose", List.of("個人情報の収集の目的", "収集の目的", "目的"),
            "reason", List.of("理由", "変更の理由", "修正の理由", "廃止の理由"),
            "content", List.of("内容", "変更の内容", "修正の内容"));
    private static final List<String> REQUIRED = List.of("department", "operationName");
    private static final String MISSING_REQUIRED = "必須の列（担当課・業務の名称）が読み取れません";
    private static final List<String> REQUIRED_IN_ONE_TABLE = List.of("department", "operationName", "kind");

    @Override
    public String name() {
        return "登録報告（新規登録・修正・廃止・目的外利用）";
    }

    @Override
    public double recognize(String text) {
        long sections = SECTION_WORDS.values().stream()
                .filter(words -> words.stream().anyMatch(word -> text.contains(word + "について"))).count();
        if (TabularText.lines(text).stream().anyMatch(line -> oneTableHeader(line.text()).isPresent())) {
            return 0.7;
        }
        boolean tables = TabularText.lines(text).stream().anyMatch(line -> header(line.text(), RowKind.NEW).isPresent()
                || header(line.text(), RowKind.CHANGE).isPresent() || header(line.text(), RowKind.PROVISION).isPresent());
        return tables ? Math.min(1.0, 0.4 + 0.15 * sections) : 0.0;
    }

    @Override
    public ImportReading read(String text, String source) {
        Gathering found = new Gathering(text);
        RowKind section = null;
        Map<String, Integer> columns = null;
        String unknownHeader = null;
        Map<String, Integer> oneTable = null;
        for (TabularText.Line line : TabularText.lines(text)) {
            Optional<RowKind> heading = heading(line.text());
            if (heading.isPresent()) {
                section = heading.get();
                columns = null;
                unknownHeader = null;
                continue;
            }
            if (section == null) {
                Optional<Map<String, Integer>> oneTableHeader = oneTableHeader(line.text());
                if (oneTableHeader.isPresent()) {
                    oneTable = oneTableHeader.get();
                } else if (oneTable != null) {
                    oneTableRow(oneTable, line, found, source);
                }
                continue;
            }
            Optional<Map<String, Integer>> header = header(line.text(), section);
            if (header.isPresent()) {
                columns = header.get();
                continue;
            }
            List<String> cells = TabularText.cells(line.text());
            boolean numbered = !cells.isEmpty() && cells.get(0).matches("\\d+");
            if (columns == null && line.text().contains("\t") && !numbered) {
                unknownHeader = line.text().replace('\t', '｜');
                continue;
            }
            if (columns == null && numbered && unknownHeader != null) {
                // A table whose columns none of the labels name: its rows wait for a person, with the header shown.
                found.review(line.text(), "表の見出し「" + unknownHeader + "」に担当課・業務の名称の列が見つからないため読み取れません",
                        new Provenance(source, section.label(), line.number()));
                continue;
            }
            if (columns == null || !numbered) {
                continue;
            }
            Provenance provenance = new Provenance(source, section.label(), line.number());
            row(section, found.municipality(), columns, cells, provenance).ifPresentOrElse(found::row,
                    () -> found.review(line.text(), MISSING_REQUIRED, provenance));
        }
        return found.reading(name());
    }

    /**
     * A row of the one table: its kind is what its 区分 cell says. Any line of cells under the header is a row, numbered
     * or not (some tables begin each row with its 区分); a line of running text after the table is not.
     */
    private static void oneTableRow(Map<String, Integer> columns, TabularText.Line line, Gathering found, String source) {
        List<String> cells = TabularText.cells(line.text());
        if (cells.size() < 2) {
            return;
        }
        String kindText = columns.get("kind") < cells.size() ? cells.get(columns.get("kind")) : "";
        Optional<RowKind> kind = kindOf(kindText);
        Provenance provenance = new Provenance(source, kind.map(RowKind::label).orElse(kindText), line.number());
        if (kind.isEmpty()) {
            found.review(line.text(), "区分「" + kindText + "」が新規登録・修正・廃止のどれか読み取れません", provenance);
            return;
        }
        Map<String, Integer> fields = new LinkedHashMap<>(columns);
        fields.remove("kind");
        row(kind.get(), found.municipality(), fields, cells, provenance).ifPresentOrElse(found::row,
                () -> found.review(line.text(), MISSING_REQUIRED, provenance));
    }

    private static Optional<RowKind> kindOf(String cell) {
        if (cell.contains("廃止")) {
            return Optional.of(RowKind.ABOLISH);
        }
        if (cell.contains("修正") || cell.contains("変更")) {
            return Optional.of(RowKind.CHANGE);
        }
        if (cell.contains("新規") || cell.contains("登録") || cell.contains("開始")) {
            return Optional.of(RowKind.NEW);
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Integer>> oneTableHeader(String line) {
        return TabularText.header(line, ONE_TABLE, REQUIRED_IN_ONE_TABLE);
    }

    private static Optional<RegistryRow> row(RowKind kind, String municipality, Map<String, Integer> columns,
            List<String> cells, Provenance provenance) {
        Map<String, String> fields = new HashMap<>();
        columns.forEach((field, index) -> {
            if (index < cells.size() && !field.equals("date")) {
                fields.put(field, cells.get(index));
            }
        });
        if (REQUIRED.stream().anyMatch(field -> fields.getOrDefault(field, "").isEmpty())) {
            return Optional.empty();
        }
        String dateText = columns.containsKey("date") && columns.get("date") < cells.size() ? cells.get(columns.get("date")) : "";
        LocalDate date = null;
        double confidence = 1.0;
        try {
            date = Wareki.tryParse(dateText).orElse(null);
        } catch (WarekiFormatException e) {
            fields.put("dateProblem", e.getMessage());
        }
        if (date == null) {
            confidence -= 0.3;
        }
        if (cells.size() < columns.size()) {
            confidence -= 0.2;
        }
        return Optional.of(new RegistryRow(kind, municipality, fields, date, dateText, provenance, confidence));
    }

    private static Optional<RowKind> heading(String line) {
        if (line.contains("\t") || !line.endsWith("について")) {
            return Optional.empty();
        }
        // 目的外利用・外部提供 also contains none of the others, but check it first as the most specific.
        for (RowKind kind : List.of(RowKind.PROVISION, RowKind.NEW, RowKind.CHANGE, RowKind.ABOLISH)) {
            if (SECTION_WORDS.get(kind).stream().anyMatch(line::contains) && line.contains("個人情報")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Integer>> header(String line, RowKind kind) {
        return TabularText.header(line, COLUMNS.get(kind), REQUIRED);
    }

    private static Map<String, List<String>> columns(Object... pairs) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) pairs[i + 1];
            columns.put((String) pairs[i], labels);
        }
        return columns;
    }
}

package jp.shingikai.search.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 個人情報ファイル簿 as municipalities publish them since the Act applied to them, in either shape: one table whose
 * header names the items and whose rows are files, or one file per sheet (or per two-column table, or per block of
 * 「項目：内容」 lines) with a line per item. Items are found by their labels in any order. A column or line with a
 * label that names no item is kept in the file's fields under that label, and a review item names it.
 */
public final class PersonalFileRegisterImporter implements RegistryImporter {

    private static final String SECTION = "個人情報ファイル簿";
    /** A header of the table shape names at least this many items, the file's name among them. */
    private static final int HEADER_ITEMS = 4;
    private static final Pattern LABEL_AND_VALUE = Pattern.compile("^([^\\t:：]{2,60})[:：]\\s*(.*)$");
    private static final Pattern MUNICIPALITY = Pattern.compile("^(?:.{2,3}[都道府県])?(.{1,6}?[市区町村])");
    private static final Pattern PREFECTURE = Pattern.compile("^(.{2,3}[都道府県])");

    @Override
    public String name() {
        return "個人情報ファイル簿";
    }

    @Override
    public double recognize(String text) {
        EnumMap<PersonalFileItem, Boolean> seen = new EnumMap<>(PersonalFileItem.class);
        for (TabularText.Line line : TabularText.lines(text)) {
            for (String cell : labelCandidates(line.text())) {
                PersonalFileItem.named(cell).ifPresent(item -> seen.put(item, true));
            }
        }
        if (!seen.containsKey(PersonalFileItem.FILE_NAME) || seen.size() < HEADER_ITEMS + 1) {
            return 0.0;
        }
        return Math.min(1.0, 0.5 + 0.04 * seen.size());
    }

    @Override
    public ImportReading read(String text, String source) {
        Gathering found = new Gathering(text);
        Table table = null;
        Record record = null;
        for (TabularText.Line line : TabularText.lines(text)) {
            Provenance provenance = new Provenance(source, SECTION, line.number());
            Optional<Table> header = Table.of(line.text());
            if (header.isPresent()) {
                record = finish(record, found);
                table = header.get();
                if (!table.unknown().isEmpty()) {
                    found.review(line.text(), "ファイル簿の項目にない列「" + String.join("」「", table.unknown().values())
                            + "」は、各ファイルの項目外の記載として保存しました", provenance);
                }
                continue;
            }
            Optional<LabelledLine> labelled = LabelledLine.of(line.text());
            if (labelled.isPresent() && labelled.get().item() == PersonalFileItem.FILE_NAME) {
                finish(record, found);
                table = null;
                record = new Record(provenance, line.text().contains("\t"));
            }
            if (record != null) {
                record.add(line.text(), labelled);
            } else if (table != null && line.text().contains("\t")) {
                table.row(line.text(), provenance, found);
            }
        }
        finish(record, found);
        return found.reading(name());
    }

    private static Record finish(Record record, Gathering found) {
        if (record != null) {
            record.emit(found);
        }
        return null;
    }

    /** The cells of a table line, or the label before a colon in a text line: where an item's label may stand. */
    private static List<String> labelCandidates(String line) {
        if (line.contains("\t")) {
            return TabularText.cells(line);
        }
        Matcher labelled = LABEL_AND_VALUE.matcher(line);
        return labelled.matches() ? List.of(labelled.group(1)) : List.of();
    }

    /** A file read into the register's fields; its municipality is its agency's (小平市長 → 小平市), else the document's. */
    private static void emit(Map<String, String> fields, String line, Provenance provenance, Gathering found) {
        String fileName = fields.getOrDefault(PersonalFileItem.FILE_NAME.field(), "");
        if (fileName.isEmpty()) {
            found.review(line, "個人情報ファイルの名称が読み取れません", provenance);
            return;
        }
        long items = Arrays.stream(PersonalFileItem.values())
                .filter(item -> !fields.getOrDefault(item.field(), "").isEmpty()).count();
        double confidence = Math.min(1.0, 0.4 + items * 0.05);
        String municipality = municipalityOf(fields.getOrDefault(PersonalFileItem.AGENCY.field(), "")).orElse(found.municipality());
        found.row(new RegistryRow(RowKind.FILE, municipality, fields, null, "", provenance, confidence));
    }

    static Optional<String> municipalityOf(String agency) {
        Matcher city = MUNICIPALITY.matcher(agency);
        if (city.find()) {
            return Optional.of(city.group(1));
        }
        Matcher prefecture = PREFECTURE.matcher(agency);
        return prefecture.find() ? Optional.of(prefecture.group(1)) : Optional.empty();
    }

    /** The table shape: which column holds which item, and the columns that hold none (by their printed label). */
    private record Table(Map<Integer, PersonalFileItem> items, Map<Integer, String> unknown) {

        static Optional<Table> of(String line) {
            if (!line.contains("\t")) {
                return Optional.empty();
            }
            List<String> cells = TabularText.cells(line);
            Map<Integer, PersonalFileItem> items = new LinkedHashMap<>();
            Map<Integer, String> unknown = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                int column = i;
                PersonalFileItem.named(cells.get(i)).filter(item -> !items.containsValue(item))
                        .ifPresentOrElse(item -> items.put(column, item), () -> {
                            // The unlabelled No. column and empty cells are no unknown items.
                            if (!cells.get(column).isEmpty() && !cells.get(column).matches("(?i)no\\.?|番号|通し番号|連番")) {
                                unknown.put(column, cells.get(column));
                            }
                        });
            }
            return items.size() >= HEADER_ITEMS && items.containsValue(PersonalFileItem.FILE_NAME)
                    ? Optional.of(new Table(items, unknown)) : Optional.empty();
        }

        void row(String line, Provenance provenance, Gathering found) {
            List<String> cells = TabularText.cells(line);
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            items.forEach((column, item) -> {
                if (column < cells.size() && !cells.get(column).isEmpty()) {
                    fields.put(item.field(), cells.get(column));
                }
            });
            unknown.forEach((column, label) -> {
                if (column < cells.size() && !cells.get(column).isEmpty()) {
                    fields.put(label, cells.get(column));
                }
            });
            emit(fields, line, provenance, found);
        }
    }

    /** A line that starts with a label: an item's, or (with a value after it) one the register does not know. */
    private record LabelledLine(PersonalFileItem item, String label, String value) {

        static Optional<LabelledLine> of(String line) {
            String label;
            String value;
            if (line.contains("\t")) {
                List<String> cells = TabularText.cells(line);
                label = cells.get(0);
                value = String.join(" ", cells.subList(1, cells.size())).strip();
            } else {
                Matcher labelled = LABEL_AND_VALUE.matcher(line);
                if (!labelled.matches()) {
                    return Optional.empty();
                }
                label = labelled.group(1).strip();
                value = labelled.group(2).strip();
            }
            return Optional.of(new LabelledLine(PersonalFileItem.named(label).orElse(null), label, value));
        }
    }

    /**
     * The sheet shape: one file, an item per line. In a table (two columns) a row with an empty label carries on the
     * value above; in text, lines without a label do, up to a blank line. Other lines (sheet names) are not the file's.
     */
    private static final class Record {

        private final Provenance start;
        private final boolean tabbed;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String> unknown = new ArrayList<>();
        private String last;

        Record(Provenance start, boolean tabbed) {
            this.start = start;
            this.tabbed = tabbed;
        }

        void add(String line, Optional<LabelledLine> labelled) {
            if (line.isBlank()) {
                last = tabbed ? last : null;
                return;
            }
            if (labelled.isPresent() && labelled.get().item() != null) {
                last = labelled.get().item().field();
                append(labelled.get().value());
            } else if (labelled.isPresent() && !labelled.get().label().isEmpty()) {
                if (!labelled.get().value().isEmpty() && labelled.get().label().length() <= 30) {
                    last = labelled.get().label();
                    fields.put(last, labelled.get().value());
                    unknown.add(last);
                }
            } else if (labelled.isPresent()) {
                append(labelled.get().value());
            } else if (!tabbed) {
                append(line.strip());
            }
        }

        private void append(String value) {
            if (last != null && !value.isEmpty()) {
                fields.merge(last, value, (before, more) -> (before + " " + more).strip());
            }
        }

        void emit(Gathering found) {
            if (!unknown.isEmpty()) {
                found.review(String.join("、", unknown), "ファイル簿の項目にない記載「" + String.join("」「", unknown)
                        + "」は、項目外の記載として保存しました", start);
            }
            PersonalFileRegisterImporter.emit(fields, fields.getOrDefault(PersonalFileItem.FILE_NAME.field(), ""), start, found);
        }
    }
}

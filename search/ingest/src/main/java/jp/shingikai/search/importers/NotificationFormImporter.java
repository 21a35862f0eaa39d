package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.shingikai.japanese.Wareki;

/**
 * Notification forms and ground statements, Kodaira-style: 保有個人情報取扱事務届出書 (label / value rows, checkbox
 * groups for recorded items, processing, sources, provisions and outsourcing, a 備考 that may list 【変更】 items) and
 * 諮問事項別説明書 (label / value rows such as the recipient of an online provision). Checkboxes are read whether they
 * come as ☑/☐ or as the check-box markup that HTML exports leave in the text.
 */
public final class NotificationFormImporter implements RegistryImporter {

    private static final List<String> HEADER_LABELS = List.of("登録番号", "開始年月日", "変更年月日", "年 月 日", "年月日");

    @Override
    public String name() {
        return "保有個人情報取扱事務届出書・諮問事項別説明書";
    }

    @Override
    public double recognize(String text) {
        double score = 0;
        if (text.contains("取扱事務届出") && text.contains("記録項目")) {
            score += 0.7;
        }
        if (text.contains("諮問事項別説明書")) {
            score += 0.2;
        }
        return Math.min(1.0, score);
    }

    @Override
    public ImportReading read(String raw, String source) {
        String text = checkboxes(raw);
        Gathering found = new Gathering(text);
        Form form = null;
        Statement statement = null;
        for (TabularText.Line line : TabularText.lines(text)) {
            List<String> cells = nonEmpty(TabularText.cells(line.text()));
            if (line.text().contains("取扱事務届出事項")) {
                finish(form, found, source);
                form = new Form(line.number());
                statement = null;
                continue;
            }
            if (line.text().startsWith("諮問事項別説明書")) {
                finish(form, found, source);
                form = null;
                statement = new Statement(line.text().replaceAll(".*[（(](.*)[）)].*", "$1"), line.number());
                continue;
            }
            if (form != null) {
                if (line.text().equals("注")) {
                    finish(form, found, source);
                    form = null;
                } else {
                    form.read(cells);
                }
            } else if (statement != null && cells.size() >= 2) {
                statement.read(cells);
                if (statement.complete()) {
                    found.row(statement.row(found.municipality(), source));
                    statement = null;
                }
            }
        }
        finish(form, found, source);
        return found.reading(name());
    }

    private static void finish(Form form, Gathering found, String source) {
        if (form == null) {
            return;
        }
        Provenance provenance = new Provenance(source, "届出書", form.line);
        if (form.fields.getOrDefault("operationName", "").isEmpty() || form.department().isEmpty()) {
            found.review(String.join(" / ", form.fields.values()), "届出書の事務の名称または担当課が読み取れません", provenance);
            return;
        }
        Map<String, String> fields = new HashMap<>(form.fields);
        fields.put("department", form.department());
        boolean changed = form.dates.size() >= 2;
        LocalDate date = form.dates.isEmpty() ? null : form.dates.get(form.dates.size() - 1);
        String dateText = form.dateTexts.isEmpty() ? "" : form.dateTexts.get(form.dateTexts.size() - 1);
        if (!form.dates.isEmpty()) {
            fields.put("startedOn", form.dateTexts.get(0));
        }
        found.row(new RegistryRow(changed ? RowKind.CHANGE : RowKind.NEW, found.municipality(), fields, date, dateText,
                provenance, date == null ? 0.7 : 0.95));
    }

    /**
     * ☑ for a ticked box, ☐ for an empty one, and the paragraph markup of HTML exports as line breaks. Spaces in the
     * markup may be doubled or lost where a PDF wrapped it.
     */
    static String checkboxes(String text) {
        return text.replaceAll("<input\\s*checked=\"[^\"]*\"\\s*type=\"checkbox\"\\s*/>", "☑")
                .replaceAll("<input\\s*type=\"checkbox\"\\s*/>", "☐")
                .replace("■", "☑").replace("□", "☐")
                .replaceAll("</?(p|ul|li)[^>]*>", " ")
                .replaceAll("<[^>]+>", "");
    }

    /** The labels ticked in a cell: "☑ 識別番号 ☐ 氏名 ☑ 住所" → 識別番号、住所. */
    static String ticked(String cell) {
        List<String> ticked = new ArrayList<>();
        for (String part : cell.split("(?=[☑☐])")) {
            if (part.startsWith("☑")) {
                String label = part.substring(1).strip();
                if (!label.isEmpty()) {
                    ticked.add(label);
                }
            }
        }
        return String.join("、", ticked);
    }

    private static List<String> nonEmpty(List<String> cells) {
        return cells.stream().filter(cell -> !cell.isEmpty()).toList();
    }

    /** One 届出書 being read. */
    private static final class Form {
        final int line;
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<LocalDate> dates = new ArrayList<>();
        final List<String> dateTexts = new ArrayList<>();
        final List<String> departmentParts = new ArrayList<>();
        List<String> recordedGroups;

        Form(int line) {
            this.line = line;
        }

        String department() {
            return String.join("", departmentParts).replace(" ", "");
        }

        void read(List<String> cells) {
            if (cells.isEmpty()) {
                return;
            }
            if (recordedGroups != null) {
                Map<String, String> groups = new LinkedHashMap<>();
                for (int i = 0; i < cells.size() && i < recordedGroups.size(); i++) {
                    String items = ticked(cells.get(i));
                    if (!items.isEmpty()) {
                        groups.put(recordedGroups.get(i), items);
                    }
                }
                StringBuilder recorded = new StringBuilder();
                groups.forEach((group, items) -> recorded.append(group).append(": ").append(items).append('\n'));
                fields.put("recordedItems", recorded.toString().strip());
                recordedGroups = null;
                return;
            }
            String label = cells.get(0).replace(" ", "");
            String value = cells.size() > 1 ? String.join(" ", cells.subList(1, cells.size())) : "";
            if (label.endsWith("を取り扱う事務の名称")) {
                fields.put("operationName", value);
            } else if (label.endsWith("を取り扱う事務の目的")) {
                fields.put("purpose", value);
            } else if (label.endsWith("対象者の範囲")) {
                fields.put("dataSubjects", value);
            } else if (label.endsWith("の記録項目")) {
                recordedGroups = cells.subList(1, cells.size());
            } else if (label.endsWith("処理形態")) {
                fields.put("processing", ticked(value));
            } else if (label.endsWith("主な収集先")) {
                fields.put("collectionSources", ticked(value));
            } else if (label.contains("目的外利用・提供先")) {
                fields.put("regularProvision", ticked(value));
            } else if (label.startsWith("外部委託")) {
                fields.put("outsourcing", value.replaceAll("\\s+", " "));
            } else if (label.startsWith("特定個人情報保護評価")) {
                fields.put("impactAssessment", ticked(value));
            } else if (label.startsWith("備考")) {
                fields.put("remarks", value.replaceAll("\\s+", " ").strip());
                int change = value.indexOf("【変更】");
                if (change >= 0) {
                    List<String> changes = new ArrayList<>();
                    for (String item : value.substring(change).split("・")) {
                        String text = item.replace("【変更】", "").replaceAll("\\s+", " ").strip();
                        if (!text.isEmpty() && !text.endsWith("以下のとおり変更する。")) {
                            changes.add(text);
                        }
                    }
                    fields.put("changes", String.join("\n", changes));
                }
            } else if (!fields.containsKey("operationName")) {
                header(cells);
            }
        }

        /** The rows above the first labelled one: department, registration number, start and change dates. */
        private void header(List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                Optional<LocalDate> date = Wareki.tryParse(cell);
                if (date.isPresent()) {
                    dates.add(date.get());
                    dateTexts.add(cell);
                } else if (cell.startsWith("登録番号")) {
                    if (i + 1 < cells.size() && cells.get(i + 1).matches("\\d+")) {
                        fields.put("registrationNumber", cells.get(++i));
                    }
                } else if (HEADER_LABELS.stream().noneMatch(cell::startsWith) && !cell.matches("\\d+")) {
                    departmentParts.add(cell);
                }
            }
        }
    }

    /** One 諮問事項別説明書 being read: enough of it to say what it is about and to whom it goes. */
    private static final class Statement {
        final String ground;
        final int line;
        final Map<String, String> fields = new LinkedHashMap<>();

        Statement(String ground, int line) {
            this.ground = ground;
            this.line = line;
        }

        void read(List<String> cells) {
            String label = cells.get(cells.size() - 2).replace(" ", "");
            String value = cells.get(cells.size() - 1);
            if (label.equals("個人情報を取り扱う事務の名称")) {
                fields.put("operationName", value);
            } else if (label.endsWith("外部提供をする相手先") || label.equals("提供先")) {
                fields.put("recipient", value);
            } else if (label.equals("個人情報の収集先")) {
                fields.put("collectionSources", value);
            }
        }

        boolean complete() {
            return fields.containsKey("operationName") && (fields.containsKey("recipient") || fields.containsKey("collectionSources"));
        }

        RegistryRow row(String municipality, String source) {
            Map<String, String> values = new HashMap<>(fields);
            values.put("department", "");
            values.put("statementGround", ground);
            return new RegistryRow(RowKind.STATUS, municipality, values, null, "",
                    new Provenance(source, "諮問事項別説明書（" + ground + "）", line), 0.9);
        }
    }
}

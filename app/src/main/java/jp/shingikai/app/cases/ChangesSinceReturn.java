package jp.shingikai.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.forms.SchemaForm;

/** 差戻し後に修正された箇所: what the department changed between the draft 総務課 returned and the one now submitted. */
final class ChangesSinceReturn {

    private ChangesSinceReturn() {
    }

    /** One field that changed, with its label path and both values as the form shows them. */
    record Change(String field, String before, String after) {
    }

    /** The changes field by field, in form order; none if the draft was never returned. */
    static List<Change> of(JsonNode schema, List<CaseHistory.Entry> history, JsonNode current) {
        JsonNode returned = null;
        JsonNode lastSaved = null;
        for (CaseHistory.Entry entry : history) {
            if (entry.action() == HistoryAction.CREATED || entry.action() == HistoryAction.EDITED) {
                lastSaved = entry.details();
            } else if (entry.action() == HistoryAction.RETURNED) {
                returned = lastSaved;
            }
        }
        if (returned == null) {
            return List.of();
        }
        Map<String, String[]> before = flatten(SchemaForm.of(schema, returned, List.of(), Map.of()), "");
        Map<String, String[]> after = flatten(SchemaForm.of(schema, current, List.of(), Map.of()), "");
        Map<String, String[]> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<Change> changes = new ArrayList<>();
        all.forEach((name, labelled) -> {
            String old = before.containsKey(name) ? before.get(name)[1] : "";
            String now = after.containsKey(name) ? after.get(name)[1] : "";
            if (!old.equals(now)) {
                changes.add(new Change(labelled[0], old, now));
            }
        });
        return changes;
    }

    /** Input name → {label path, value as shown}. */
    private static Map<String, String[]> flatten(SchemaForm.Field field, String path) {
        Map<String, String[]> values = new LinkedHashMap<>();
        String label = path.isEmpty() ? field.label() : path + " ＞ " + field.label();
        switch (field.kind()) {
            case "form" -> field.children().forEach(child -> values.putAll(flatten(child, "")));
            case "group" -> field.children().forEach(child -> values.putAll(flatten(child, label)));
            case "rows" -> field.rows().forEach(row -> row.forEach(cell -> values.putAll(flatten(cell, label))));
            case "checkbox" -> values.put(field.name(), new String[] {label, field.value().equals("true") ? "はい" : "いいえ"});
            case "checkbox-group" -> values.put(field.name(), new String[] {label, String.join("、",
                    field.options().stream().filter(SchemaForm.Option::chosen).map(SchemaForm.Option::label).toList())});
            default -> {
                if (!field.shown().isEmpty()) {
                    values.put(field.name(), new String[] {label, field.shown()});
                }
            }
        }
        return values;
    }
}

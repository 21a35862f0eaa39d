package jp.shingikai.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jp.shingikai.japanese.Wareki;

/**
 * A form page drawn from the same JSON Schema the API validates with: one {@link Field} per property, in schema order,
 * with its Japanese title, the value typed so far and the errors found in it. Input names are the JSON pointers of the
 * values ({@code /statements/collectionFromOthers/source}), which {@link FormBinding} turns back into the document and
 * which the validator's errors name.
 */
public final class SchemaForm {

    private SchemaForm() {
    }

    /**
     * @param options choices for widgets whose values come from the application ({@code x-widget: meeting-select}),
     *                by widget name
     */
    public static Field of(JsonNode schema, JsonNode data, List<FieldError> errors, Map<String, List<Option>> options) {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (FieldError error : errors) {
            messages.computeIfAbsent(error.field(), field -> new ArrayList<>()).add(error.message());
        }
        return field("", schema, false, data == null ? MissingNode.getInstance() : data, messages, options, true);
    }

    private static Field field(String pointer, JsonNode schema, boolean required, JsonNode value,
            Map<String, List<String>> messages, Map<String, List<Option>> options, boolean isRoot) {
        String type = schema.path("type").asText("string");
        String widget = schema.path("x-widget").asText("");
        String label = schema.path("title").asText(pointer);
        String description = schema.path("description").asText("");
        List<String> errors = messages.getOrDefault(pointer, List.of());
        return switch (type) {
            case "object" -> {
                Set<String> requiredNames = new HashSet<>();
                schema.path("required").forEach(name -> requiredNames.add(name.asText()));
                List<Field> children = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    String child = pointer + "/" + property.getKey();
                    children.add(field(child, property.getValue(), requiredNames.contains(property.getKey()),
                            value.path(property.getKey()), messages, options, false));
                }
                yield new Field(pointer, isRoot ? "form" : "group", label, description, required, "", List.of(), children,
                        List.of(), errors, schema.path("x-section").asText(""));
            }
            case "array" -> array(pointer, schema, required, value, messages, options, widget, label, description, errors);
            case "boolean" -> new Field(pointer, "checkbox", label, description, false, value.asBoolean(false) ? "true" : "",
                    List.of(), List.of(), List.of(), errors, "");
            default -> {
                String text = value.isMissingNode() || value.isNull() ? "" : value.asText();
                if (widget.equals("wareki-date")) {
                    yield new Field(pointer, "date", label, description, required, warekiOrAsTyped(text), List.of(), List.of(),
                            List.of(), errors, "");
                }
                if (schema.has("enum")) {
                    yield new Field(pointer, widget.equals("radio") ? "radio" : "select", label, description, required, text,
                            enumOptions(schema), List.of(), List.of(), errors, "");
                }
                if (options.containsKey(widget)) {
                    yield new Field(pointer, "select", label, description, required, text, options.get(widget), List.of(),
                            List.of(), errors, "");
                }
                yield new Field(pointer, widget.equals("textarea") ? "textarea" : "text", label, description, required, text,
                        List.of(), List.of(), List.of(), errors, "");
            }
        };
    }

    private static Field array(String pointer, JsonNode schema, boolean required, JsonNode value,
            Map<String, List<String>> messages, Map<String, List<Option>> options, String widget, String label,
            String description, List<String> errors) {
        JsonNode items = schema.path("items");
        if (widget.equals("checkbox-group")) {
            Set<String> ticked = new HashSet<>();
            value.forEach(item -> ticked.add(item.asText()));
            List<Option> choices = enumOptions(items).stream()
                    .map(option -> new Option(option.value(), option.label(), ticked.contains(option.value()))).toList();
            return new Field(pointer, "checkbox-group", label, description, required, "", choices, List.of(), List.of(), errors, "");
        }
        // One row per value so far, and one empty row to add another (more with the page's "行を追加").
        List<List<Field>> rows = new ArrayList<>();
        int count = value.isArray() ? value.size() : 0;
        for (int i = 0; i <= count; i++) {
            Field row = field(pointer + "/" + i, items, false, i < count ? value.get(i) : MissingNode.getInstance(),
                    messages, options, false);
            rows.add(items.path("type").asText().equals("object") ? row.children() : List.of(row));
        }
        return new Field(pointer, "rows", label, description, required, "", List.of(), List.of(), rows, errors, "");
    }

    private static List<Option> enumOptions(JsonNode schema) {
        List<Option> choices = new ArrayList<>();
        JsonNode labels = schema.path("x-enum-labels");
        schema.path("enum").forEach(value -> choices.add(new Option(value.asText(), labels.path(value.asText()).asText(value.asText()),
                false)));
        return choices;
    }

    /** An ISO date is shown as people write it (令和4年3月15日); anything else as it was typed. */
    private static String warekiOrAsTyped(String text) {
        try {
            return text.isEmpty() ? "" : Wareki.format(LocalDate.parse(text));
        } catch (RuntimeException e) {
            return text;
        }
    }

    /**
     * One input, or a group of them.
     *
     * @param kind     form, group, text, textarea, date, checkbox, radio, select, checkbox-group or rows
     * @param value    the value as the input shows it
     * @param children the fields of a group
     * @param rows     the rows of a repeated field, each with its fields
     * @param section  the heading the form shows above a group ({@code x-section})
     */
    public record Field(String name, String kind, String label, String description, boolean required, String value,
            List<Option> options, List<Field> children, List<List<Field>> rows, List<String> errors, String section) {

        public String id() {
            return "f" + name.replace('/', '-');
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public boolean isChosen(String option) {
            return option.equals(value);
        }

        /** The value as people read it: a choice's label rather than its code. */
        public String shown() {
            return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
        }
    }

    public record Option(String value, String label, boolean chosen) {
    }
}

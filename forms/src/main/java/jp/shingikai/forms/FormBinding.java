package jp.shingikai.forms;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a submitted {@link SchemaForm} (inputs named by JSON pointer) back into the JSON document the application
 * services take, typed as the schema says. Empty inputs are left out, as an API client would leave them out; an
 * unchecked box is false; a number that is not one is passed on as typed, for the validator to name.
 */
public final class FormBinding {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormBinding() {
    }

    public static ObjectNode bind(JsonNode schema, Map<String, List<String>> params) {
        JsonNode bound = value("", schema, params);
        return bound instanceof ObjectNode object ? object : JSON.objectNode();
    }

    private static JsonNode value(String pointer, JsonNode schema, Map<String, List<String>> params) {
        switch (schema.path("type").asText("string")) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    JsonNode child = value(pointer + "/" + property.getKey(), property.getValue(), params);
                    if (child != null) {
                        object.set(property.getKey(), child);
                    }
                }
                return object.isEmpty() ? null : object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (schema.path("x-widget").asText().equals("checkbox-group")) {
                    params.getOrDefault(pointer, List.of()).stream().filter(v -> !v.isBlank()).forEach(array::add);
                } else {
                    for (int index : indices(pointer, params)) {
                        JsonNode item = value(pointer + "/" + index, schema.path("items"), params);
                        if (item != null) {
                            array.add(item);
                        }
                    }
                }
                return array.isEmpty() ? null : array;
            }
            case "boolean" -> {
                return JSON.booleanNode(params.getOrDefault(pointer, List.of()).contains("true"));
            }
            case "integer", "number" -> {
                String text = single(pointer, params);
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return schema.path("type").asText().equals("integer") ? JSON.numberNode(Long.parseLong(text))
                            : JSON.numberNode(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return JSON.textNode(text);
                }
            }
            default -> {
                String text = single(pointer, params);
                return text.isEmpty() ? null : JSON.textNode(text);
            }
        }
    }

    /** The row numbers submitted for a repeated field, in order (rows may have been removed in between). */
    private static TreeSet<Integer> indices(String pointer, Map<String, List<String>> params) {
        Pattern row = Pattern.compile(Pattern.quote(pointer) + "/(\\d+)(/.*)?");
        TreeSet<Integer> indices = new TreeSet<>();
        for (String name : params.keySet()) {
            Matcher matcher = row.matcher(name);
            if (matcher.matches()) {
                indices.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return indices;
    }

    private static String single(String pointer, Map<String, List<String>> params) {
        List<String> values = params.getOrDefault(pointer, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}

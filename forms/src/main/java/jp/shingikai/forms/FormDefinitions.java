package jp.shingikai.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.japanese.WarekiFormatException;

/**
 * The forms of the user tasks, read from {@code forms/<formKey>.schema.json} on the class path, and their validation
 * with messages in Japanese naming each field by its title. The REST API and the web UI both validate through here, so
 * a form accepts and refuses the same input wherever it is filled in.
 */
public final class FormDefinitions {

    /** Marks a property that belongs to one variant of a form (the questions of one rule era); see {@link #schema(String, String)}. */
    private static final String VARIANT = "x-variant";
    /** Layout and labelling hints for the web UI; the validator ignores them. */
    private static final List<String> UI_KEYWORDS = List.of("x-widget", "x-enum-labels", "x-section", VARIANT);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build();
    private final Map<String, Form> forms = new ConcurrentHashMap<>();

    public FormDefinitions() {
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(UI_KEYWORDS.stream().map(AnnotationKeyword::new).toList())
                .build();
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(metaSchema));
    }

    /** The schema of a form, as the web UI renders it. */
    public JsonNode schema(String formKey) {
        return form(formKey).definition();
    }

    /**
     * The schema of a form as a page draws it for one variant: properties marked {@code x-variant} with another
     * variant are left out, and no longer required. The API still validates against the whole form.
     */
    public JsonNode schema(String formKey, String variant) {
        JsonNode copy = form(formKey).definition().deepCopy();
        keepVariant(copy, variant);
        return copy;
    }

    private static void keepVariant(JsonNode schema, String variant) {
        if (!(schema.path("properties") instanceof ObjectNode properties)) {
            return;
        }
        List<String> others = new ArrayList<>();
        properties.fields().forEachRemaining(property -> {
            String marked = property.getValue().path(VARIANT).asText(variant);
            if (!marked.equals(variant)) {
                others.add(property.getKey());
            }
        });
        properties.remove(others);
        if (schema.path("required") instanceof ArrayNode required) {
            for (int i = required.size() - 1; i >= 0; i--) {
                if (others.contains(required.get(i).asText())) {
                    required.remove(i);
                }
            }
        }
        properties.forEach(child -> keepVariant(child, variant));
    }

    public boolean exists(String formKey) {
        return forms.containsKey(formKey) || resource(formKey) != null;
    }

    /** Normalises the data and checks it against the form; never throws for bad data, only for an unknown form. */
    public FormSubmission validate(String formKey, JsonNode submitted) {
        Form form = form(formKey);
        List<FieldError> errors = new ArrayList<>();
        JsonNode data = normalize(submitted == null || submitted.isNull() ? json.createObjectNode() : submitted.deepCopy(),
                form.definition(), "", errors);
        // A field already refused while normalising (a 和暦 date that never existed) is not reported twice.
        List<String> refused = errors.stream().map(FieldError::field).toList();
        form.schema().validate(data).stream()
                .sorted(Comparator.comparing((ValidationMessage message) -> message.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getType))
                .map(message -> describe(message, form.definition()))
                .filter(error -> !refused.contains(error.field()))
                .distinct()
                .forEach(errors::add);
        return new FormSubmission(formKey, data, errors);
    }

    private Form form(String formKey) {
        return forms.computeIfAbsent(formKey, key -> {
            try (InputStream in = resource(key)) {
                if (in == null) {
                    throw new UnknownFormException(key);
                }
                JsonNode definition = json.readTree(in);
                return new Form(definition, factory.getSchema(definition, config));
            } catch (IOException e) {
                throw new UncheckedIOException("form definition " + key + " is unreadable", e);
            }
        });
    }

    private static InputStream resource(String formKey) {
        if (!formKey.matches("[a-z][a-z0-9-]*")) {
            return null;
        }
        return FormDefinitions.class.getClassLoader().getResourceAsStream("forms/" + formKey + ".schema.json");
    }

    /**
     * Folds widths in every string and turns 和暦 dates into ISO dates where the schema asks for a date, so that
     * "令和４年３月１５日" is accepted as 2022-03-15. A 和暦 date that does not exist is reported here.
     */
    private JsonNode normalize(JsonNode value, JsonNode schema, String pointer, List<FieldError> errors) {
        if (value.isTextual()) {
            String text = JapaneseText.normalize(value.textValue()).strip();
            if ("date".equals(schema.path("format").asText()) && !text.isEmpty() && !ISO_DATE.matcher(text).matches()) {
                try {
                    Optional<LocalDate> date = Wareki.tryParse(text);
                    if (date.isPresent()) {
                        text = date.get().toString();
                    }
                } catch (WarekiFormatException e) {
                    errors.add(new FieldError(pointer, label(schema, pointer), e.getMessage(), "date"));
                }
            }
            return TextNode.valueOf(text);
        }
        if (value instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(normalize(field.getValue(), schema.path("properties").path(field.getKey()),
                        pointer + "/" + field.getKey(), errors));
            }
        } else if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, normalize(array.get(i), schema.path("items"), pointer + "/" + i, errors));
            }
        }
        return value;
    }

    private static FieldError describe(ValidationMessage message, JsonNode definition) {
        String parent = message.getInstanceLocation().toString().replaceFirst("/$", "");
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        String pointer = "required".equals(message.getType()) || "additionalProperties".equals(message.getType())
                ? parent + "/" + message.getProperty() : parent;
        JsonNode fieldSchema = schemaAt(definition, pointer);
        String label = fieldSchema.isMissingNode() ? message.getProperty() : label(fieldSchema, pointer);
        String text = switch (message.getType()) {
            case "required" -> "「" + label + "」を入力してください。";
            case "minLength" -> "1".equals(String.valueOf(arguments.length > 0 ? arguments[0] : ""))
                    ? "「" + label + "」を入力してください。"
                    : "「" + label + "」は" + arguments[0] + "文字以上で入力してください。";
            case "maxLength" -> "「" + label + "」は" + arguments[0] + "文字以内で入力してください。";
            case "enum", "const" -> "「" + label + "」は選択肢から選んでください。";
            case "format" -> "「" + label + "」は日付で入力してください（例: 令和4年3月15日、2022-03-15）。";
            case "type" -> "「" + label + "」の形式が正しくありません。";
            case "minItems" -> "「" + label + "」を" + arguments[0] + "件以上入力してください。";
            case "maxItems" -> "「" + label + "」は" + arguments[0] + "件までです。";
            case "uniqueItems" -> "「" + label + "」に同じものが重複しています。";
            case "minimum" -> "「" + label + "」は" + arguments[0] + "以上で入力してください。";
            case "maximum" -> "「" + label + "」は" + arguments[0] + "以下で入力してください。";
            case "additionalProperties" -> "「" + message.getProperty() + "」はこのフォームにない項目です。";
            default -> "「" + label + "」の入力内容が正しくありません。";
        };
        return new FieldError(pointer.isEmpty() ? "/" : pointer, label, text, message.getType());
    }

    /** The schema of the field at a JSON pointer, following {@code properties} and {@code items}. */
    private static JsonNode schemaAt(JsonNode definition, String pointer) {
        JsonNode schema = definition;
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            schema = segment.chars().allMatch(Character::isDigit) ? schema.path("items") : schema.path("properties").path(segment);
        }
        return schema;
    }

    private static String label(JsonNode fieldSchema, String pointer) {
        String title = fieldSchema.path("title").asText("");
        if (!title.isEmpty()) {
            return title;
        }
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private record Form(JsonNode definition, JsonSchema schema) {
    }
}

package jp.shingikai.app.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** JSON documents (form data, history details) stored in text columns. */
@Component
@RequiredArgsConstructor
public class JsonColumns {

    private final ObjectMapper json;

    public String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON: " + value.getClass(), e);
        }
    }

    public JsonNode read(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored column is not JSON", e);
        }
    }

    public JsonNode tree(Object value) {
        return value == null ? null : value instanceof JsonNode node ? node : json.valueToTree(value);
    }
}

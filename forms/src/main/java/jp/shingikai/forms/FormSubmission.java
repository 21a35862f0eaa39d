package jp.shingikai.forms;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A form as submitted, after normalisation (widths folded, 和暦 dates turned into ISO dates), with what is wrong with it.
 *
 * @param formKey the form, named as the user task's {@code formKey}
 * @param data    the normalised data; what is stored and passed on when {@link #isValid()}
 * @param errors  the problems, one per field and rule; empty when the form may be accepted
 */
public record FormSubmission(String formKey, JsonNode data, List<FieldError> errors) {

    public FormSubmission {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}

package jp.shingikai.app.system;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.forms.FieldError;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.forms.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Validates what a person submits against the form of their step, refusing it with field errors in Japanese. */
@Component
@RequiredArgsConstructor
public class FormInput {

    private final FormDefinitions forms;

    /** The normalised form data; every rule must hold. */
    public JsonNode require(String formKey, JsonNode input) {
        FormSubmission form = forms.validate(formKey, input);
        if (!form.isValid()) {
            throw new InvalidInputException(form.errors());
        }
        return form.data();
    }

    /** A draft still being written: fields may be missing, except its title, but none may be wrong. */
    public JsonNode requireDraft(String formKey, JsonNode input) {
        FormSubmission form = forms.validate(formKey, input);
        List<FieldError> wrong = form.errors().stream()
                .filter(error -> !error.isMissing() || "/title".equals(error.field())).toList();
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return form.data();
    }
}

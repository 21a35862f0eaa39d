package jp.shingikai.app.problems;

import java.util.List;

import jp.shingikai.forms.FieldError;

/** Submitted data failed validation; nothing was changed. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("入力内容に誤りがあります（" + errors.size() + "件）。");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String label, String message) {
        this(List.of(new FieldError(field, label, message, "invalid")));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

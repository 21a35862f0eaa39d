package jp.shingikai.app.problems;

import java.util.List;

import jp.shingikai.forms.FieldError;

/** Submitted data failed validation; nothing was changed. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors.size()));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String label, String message) {
        this(List.of(new FieldError(field, label, message, "invalid")));
    }

    /** What a form says above its fields when some of them are wrong. */
    public static String summary(int count) {
        return "入力内容に誤りがあります（" + count + "件）。";
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package jp.shingikai.forms;

/**
 * One problem with one field of a submitted form.
 *
 * @param field   where the field is, as a JSON pointer into the submitted data ({@code /statements/collectionFromOthers/source})
 * @param label   the field's Japanese title, as the form shows it
 * @param message what is wrong, in Japanese, for the person who filled the form in
 * @param rule    the schema keyword that failed ({@code required}, {@code maxLength}…), or {@code date} for a 和暦 date
 *                that does not exist
 */
public record FieldError(String field, String label, String message, String rule) {

    /** The field is missing or empty: acceptable in a draft that is still being written, not on submission. */
    public boolean isMissing() {
        return "required".equals(rule) || ("minLength".equals(rule) && message.endsWith("を入力してください。"))
                || "minItems".equals(rule);
    }
}

package jp.shingikai.forms;

/**
 * One problem with one field of a submitted form.
 *
 * @param field   where the field is, as a JSON pointer into the submitted data ({@code /statements/collectionFromOthers/source})
 * @param label   the field's Japanese title, as the form shows it
 * @param message what is wrong, in Japanese, for the person who filled the form in
 */
public record FieldError(String field, String label, String message) {
}

package jp.shingikai.templates;

/** A document could not be generated; the message names the template and the field, in Japanese. */
public class DocumentGenerationException extends RuntimeException {

    public DocumentGenerationException(String message) {
        super(message);
    }

    public DocumentGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}

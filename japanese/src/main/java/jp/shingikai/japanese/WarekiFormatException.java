package jp.shingikai.japanese;

/** Text that should have been a 和暦 date and is not; the message is Japanese, for the person who typed it. */
public class WarekiFormatException extends IllegalArgumentException {

    public WarekiFormatException(String message) {
        super(message);
    }

    public WarekiFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package jp.shingikai.search.engine;

/** The embedded engine could not be started; the message says why and names the log to read. */
public class SearchEngineStartException extends RuntimeException {

    public SearchEngineStartException(String message) {
        super(message);
    }

    public SearchEngineStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

package jp.shingikai.app.problems;

/**
 * The search engine does not answer (stopped, restarting, unreachable). Nothing else is affected: what people save
 * is kept and reaches the index once the engine is back.
 */
public class SearchUnavailableException extends RuntimeException {

    public static final String MESSAGE = "検索は一時的に利用できません。しばらくしてから再度お試しください。";

    public SearchUnavailableException(Throwable cause) {
        super(MESSAGE, cause);
    }

    /** @param message what this failure means for the person, when more than that search is concerned */
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

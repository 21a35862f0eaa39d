package jp.shingikai.app.problems;

/** The action does not fit the current state of the case, report or meeting; the message says why, in Japanese. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}

package jp.shingikai.app.problems;

/** The requested record does not exist (or is not visible to the requester). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + "（" + id + "）が見つかりません。");
    }
}

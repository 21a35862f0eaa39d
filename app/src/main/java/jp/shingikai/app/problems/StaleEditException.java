package jp.shingikai.app.problems;

/** Someone changed the record since the version the request was based on. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, int expectedVersion, int currentVersion) {
        super(what + "は他の人が先に更新しました（編集元の版 " + expectedVersion + "、現在の版 " + currentVersion
                + "）。最新の内容を読み込み直してから、もう一度操作してください。");
    }
}

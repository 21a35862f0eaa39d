package jp.shingikai.app.problems;

/** The file store cannot be written (full, read-only, gone): the change that needed a file is not saved. */
public class StorageUnavailableException extends RuntimeException {

    public static final String MESSAGE = "ファイルの保管場所に書き込めないため、保存できませんでした。変更は保存されていません。"
            + "管理者に連絡してください。";

    public StorageUnavailableException(Throwable cause) {
        super(MESSAGE, cause);
    }
}

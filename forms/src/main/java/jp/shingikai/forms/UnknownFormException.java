package jp.shingikai.forms;

/** No form definition exists for the requested form key. */
public class UnknownFormException extends RuntimeException {

    public UnknownFormException(String formKey) {
        super("フォーム「" + formKey + "」の定義がありません。");
    }
}

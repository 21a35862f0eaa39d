package jp.shingikai.app.assessments;

/** 個人情報ファイル簿 as the tests import them: the columns a published register has, one file of 市民課 a row. */
public final class FileRegisters {

    private FileRegisters() {
    }

    /** Kodaira's register with one file kept by 市民部市民課, collected from the people themselves, 要配慮 included. */
    public static String kodaira(String file, String purpose, String recordedItems, String scope, String regularRecipient) {
        return String.join("\t", "個人情報ファイルの名称", "行政機関等の名称", "担当組織", "利用目的", "記録項目", "記録範囲", "収集方法",
                "要配慮個人情報の有無", "経常的提供先") + "\n"
                + String.join("\t", file, "小平市長", "市民部市民課", purpose, recordedItems, scope, "本人からの届出", "有", regularRecipient)
                + "\n";
    }
}

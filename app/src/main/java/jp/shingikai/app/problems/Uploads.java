package jp.shingikai.app.problems;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** What people are told about upload limits, which are {@code spring.servlet.multipart.max-file-size} and friends. */
@Component
public class Uploads {

    private final DataSize maxFile;
    private final DataSize maxRequest;

    Uploads(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.maxFile = maxFile;
        this.maxRequest = maxRequest;
    }

    public String tooLarge() {
        return "アップロードしたファイルが上限を超えています（1ファイル" + maxFile.toMegabytes() + "MB、1回の送信で合計"
                + maxRequest.toMegabytes() + "MBまで）。ファイルを分けるか、小さくしてから送信してください。";
    }
}

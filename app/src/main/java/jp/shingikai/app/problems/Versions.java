package jp.shingikai.app.problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The version an edit is based on, sent back by the client in If-Match as the ETag it was given. */
public final class Versions {

    private Versions() {
    }

    /** Refuses an action based on a version other than the current one; no version given means no check. */
    public static void require(String what, Integer expected, int current) {
        if (expected != null && expected != current) {
            throw new StaleEditException(what, expected, current);
        }
    }

    public static int fromIfMatch(String ifMatch) {
        String value = ifMatch == null ? "" : ifMatch.replace("W/", "").replace("\"", "").trim();
        if (!value.matches("\\d{1,9}")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                    "編集元の版を If-Match ヘッダーで指定してください（取得時の ETag の値）。");
            problem.setTitle("編集元の版が指定されていません");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        return Integer.parseInt(value);
    }
}

package jp.shingikai.app.problems;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jp.shingikai.forms.FieldError;
import jp.shingikai.templates.DocumentGenerationException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Turns the application's exceptions into RFC 9457 problem details with Japanese titles and details. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiProblems {

    private final Uploads uploads;

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    static final String DATABASE_UNAVAILABLE = "データベースに接続できないため、処理できませんでした。変更は保存されていません。"
            + "しばらくしてから再度お試しください。";
    static final String DATABASE_IN_DOUBT = "保存を確定している間にデータベースとの接続が切れたため、保存されたかどうかを確認できませんでした。"
            + "同じ操作を繰り返す前に、画面を開き直して保存されているかお確かめください。";
    private static final String TYPE_BASE = "https://shingikai.jp/problems/";

    private static final Map<Class<?>, Refusal> REFUSALS = Map.of(
            DocumentGenerationException.class, new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "document-generation", "文書を作成できません"),
            StateConflictException.class, new Refusal(HttpStatus.CONFLICT, "wrong-state", "現在の状態ではこの操作はできません"),
            StaleEditException.class, new Refusal(HttpStatus.CONFLICT, "stale-edit", "他の人が先に更新しました"),
            NotFoundException.class, new Refusal(HttpStatus.NOT_FOUND, "not-found", "見つかりません"),
            SearchUnavailableException.class, new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "検索を利用できません"),
            StorageUnavailableException.class, new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "ファイルを保管できません"));

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-input", "入力内容に誤りがあります", e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidRequest(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError("/" + error.getField(), error.getField(), error.getDefaultMessage(), error.getCode()))
                .toList();
        return invalidInput(new InvalidInputException(errors));
    }

    /** Refusals whose message already says, in Japanese, what went wrong. */
    @ExceptionHandler({DocumentGenerationException.class, StateConflictException.class, StaleEditException.class,
            NotFoundException.class, SearchUnavailableException.class, StorageUnavailableException.class})
    ProblemDetail refused(RuntimeException e) {
        Refusal refusal = REFUSALS.get(e.getClass());
        return problem(refusal.status(), refusal.type(), refusal.title(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "この操作を行う権限がありません。";
        return problem(HttpStatus.FORBIDDEN, "forbidden", "権限がありません", detail);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable", "リクエストの形式が正しくありません",
                "送信された内容を JSON として読み取れませんでした。");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter", "パラメータが正しくありません",
                "「" + e.getName() + "」の値「" + e.getValue() + "」は使えません。");
    }

    /** Spring's own web errors (a missing header, an unsupported method…) keep their status and problem body. */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> errorResponse(ErrorResponseException e) {
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }

    /** Refused for its declared size before the upload is read (Tomcat compares it with the configured limits). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "ファイルが大きすぎます", uploads.tooLarge());
    }

    /** Anything unforeseen: the transaction has rolled back, so nothing was half-saved; the log has the cause. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        if (DatabaseOutage.isInDoubt(e)) {
            log.warn("保存の確定中にデータベースとの接続が切れました: {}", e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "database-commit-unknown", "保存されたか確認できません", DATABASE_IN_DOUBT);
        }
        if (DatabaseOutage.isOutage(e)) {
            log.warn("データベースに接続できません: {}", e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "データベースに接続できません", DATABASE_UNAVAILABLE);
        }
        log.error("予期しないエラー", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "システムエラーが発生しました",
                "処理を完了できませんでした。変更は保存されていません。時間をおいて再度お試しください。");
    }

    private record Refusal(HttpStatus status, String type, String title) {
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}

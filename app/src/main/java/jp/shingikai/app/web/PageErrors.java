package jp.shingikai.app.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.SearchUnavailableException;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.problems.StorageUnavailableException;
import jp.shingikai.app.problems.Uploads;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * What a page shows when a step is refused: the reason in Japanese on an error page with the right status. (The REST
 * API answers with problem details instead; that advice comes first for its controllers.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class PageErrors {

    /** Refusals whose message already says, in Japanese, what went wrong: their status and the page's title. */
    private static final Map<Class<?>, Refusal> REFUSALS = Map.of(
            ForbiddenException.class, new Refusal(HttpServletResponse.SC_FORBIDDEN, "この操作はできません"),
            NotFoundException.class, new Refusal(HttpServletResponse.SC_NOT_FOUND, "見つかりません"),
            StateConflictException.class, new Refusal(HttpServletResponse.SC_CONFLICT, "この操作は今はできません"),
            StaleEditException.class, new Refusal(HttpServletResponse.SC_CONFLICT, "この操作は今はできません"),
            StorageUnavailableException.class, new Refusal(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "ファイルを保管できません"),
            SearchUnavailableException.class, new Refusal(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "検索を利用できません"));

    private final Uploads uploads;

    @ExceptionHandler({ForbiddenException.class, NotFoundException.class, StateConflictException.class, StaleEditException.class,
            StorageUnavailableException.class, SearchUnavailableException.class})
    String refused(RuntimeException e, HttpServletResponse response, Model model) {
        Refusal refusal = REFUSALS.get(e.getClass());
        return error(response, model, refusal.status(), refusal.title(), e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "ファイルが大きすぎます", uploads.tooLarge());
    }

    private record Refusal(int status, String title) {
    }

    private static String error(HttpServletResponse response, Model model, int status, String title, String detail) {
        response.setStatus(status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "error";
    }
}

package jp.shingikai.app.web;

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

    private final Uploads uploads;

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpServletResponse.SC_FORBIDDEN, "この操作はできません", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpServletResponse.SC_NOT_FOUND, "見つかりません", e.getMessage());
    }

    @ExceptionHandler({StateConflictException.class, StaleEditException.class})
    String conflict(RuntimeException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpServletResponse.SC_CONFLICT, "この操作は今はできません", e.getMessage());
    }

    @ExceptionHandler(StorageUnavailableException.class)
    String storageUnavailable(StorageUnavailableException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "ファイルを保管できません", e.getMessage());
    }

    @ExceptionHandler(SearchUnavailableException.class)
    String searchUnavailable(SearchUnavailableException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "検索を利用できません", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "ファイルが大きすぎます", uploads.tooLarge());
    }

    private static String error(HttpServletResponse response, Model model, int status, String title, String detail) {
        response.setStatus(status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "error";
    }
}

package jp.shingikai.app.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a consultation, report or 会議録, and any step of the workflow that waits for this person, posted from
 * that page's form drawn from the step's schema. Each case type says how through its {@link CasePages}.
 */
@Controller
class CasePageController {

    private final Map<SubjectType, CasePages> pages;
    private final SubjectPage page;

    CasePageController(List<CasePages> pages, SubjectPage page) {
        this.pages = pages.stream().collect(Collectors.toMap(CasePages::type, Function.identity()));
        this.page = page;
    }

    @GetMapping("/{cases:consultations|reports|minutes|assessment-reviews}/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable String cases, @PathVariable long id, Model model) {
        return pages(cases).show().show(model, user.user(), id, null);
    }

    @PostMapping("/{cases:consultations|reports|minutes|assessment-reviews}/{id}/steps/{step}")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable String cases, @PathVariable long id,
            @PathVariable String step, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CasePages type = pages(cases);
        return page.postStep(user.user(), type.cases().get(user.user(), id).processInstanceId(), step, params,
                (open, form) -> type.take().take(user.user(), id, open, form),
                attempt -> type.show().show(model, user.user(), id, attempt),
                type.type().pagePath(id), model, redirect);
    }

    /** The mappings admit only the three segments, each a case type with its pages. */
    private CasePages pages(String segment) {
        return pages.get(SubjectType.ofPathSegment(segment).orElseThrow());
    }
}

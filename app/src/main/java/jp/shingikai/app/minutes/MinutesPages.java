package jp.shingikai.app.minutes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.shingikai.app.minutes.internal.MinutesRepository;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.CasePages;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.forms.SchemaForm;
import jp.shingikai.processes.MinutesWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 会議録 pages: started from the meeting page, then each step waiting for the reader, as the case pages do. */
@Controller
@RequiredArgsConstructor
class MinutesPages {

    private final MinutesService minutes;
    private final MinutesSteps steps;
    private final MinutesRepository repository;
    private final FormDefinitions forms;
    private final SubjectPage page;

    /** The meeting's 会議録, for the meeting page to link to without knowing whether it exists. */
    @GetMapping("/meetings/{id}/minutes")
    String ofMeeting(@PathVariable("id") long meetingId) {
        return "redirect:/minutes/" + repository.forMeeting(meetingId).orElseThrow(() -> new NotFoundException("この会議の会議録", meetingId))
                .id();
    }

    @PostMapping("/meetings/{id}/minutes")
    String start(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long meetingId, RedirectAttributes redirect) {
        Minutes started = steps.start(user.user(), meetingId);
        redirect.addFlashAttribute("notice", "会議の記録から会議録の案を作りました。議題ごとに発言か要旨を記載してください。");
        return "redirect:/minutes/" + started.id();
    }



    /** The case page and its steps, served by the one controller of every case type's page. */
    @Bean
    CasePages minutesCasePages() {
        return new CasePages(SubjectType.MINUTES, minutes, (user, id, open, form) -> steps.take(user, id, open.key(), form), this::show);
    }


    private String show(Model model, CurrentUser user, long id, SubjectPage.Attempt attempt) {
        Minutes shown = minutes.get(user, id);
        model.addAttribute("minutes", shown);
        model.addAttribute("content", SchemaForm.of(forms.schema("minutes-draft"), shown.content(), List.of(), Map.of()));
        model.addAttribute("confirmations", minutes.confirmations(user, id));
        model.addAttribute("versions", minutes.versions(user, id));
        model.addAttribute("papers", page.papers(user, SubjectType.MINUTES, id));
        model.addAttribute("steps", stepsWithTheDraft(user, shown, attempt));
        model.addAttribute("history", page.history(minutes.history(user, id)));
        return "minutes/show";
    }

    /** The 作成 step's form starts from the draft as it stands (pre-filled from the meeting), not empty. */
    private List<SubjectPage.StepView> stepsWithTheDraft(CurrentUser user, Minutes shown, SubjectPage.Attempt attempt) {
        SubjectPage.Attempt draft = attempt != null ? attempt
                : new SubjectPage.Attempt(Tasks.DRAFT, shown.content(), List.of());
        return page.steps(user, shown.processInstanceId(), Set.of(), draft, Map.of());
    }
}

package jp.shingikai.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.meetings.MeetingChoices;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.RuleSet;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.forms.SchemaForm;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the case page shows a person: the case, its papers, questions and history, the steps waiting for this person
 * as forms, what else they may do (as {@link ConsultationAccess} allows), and — for 総務課 looking at a resubmitted
 * draft — what changed since it was returned.
 */
@Component
@RequiredArgsConstructor
public class ConsultationPage {

    private static final String DRAFT_FORM = "consultation-draft";

    private final ConsultationService consultations;
    private final ConsultationAccess access;
    private final PreMeetingQuestions questions;
    private final MeetingService meetings;
    private final MeetingChoices meetingChoices;
    private final CouncilDirectory councils;
    private final FormDefinitions forms;
    private final SubjectPage page;
    private final MeetingRecordExcerpts excerpts;
    private final ConsultationGrounds grounds;

    List<SubjectPage.Row> rows(List<Consultation> list) {
        return list.stream().map(c -> new SubjectPage.Row(c.id(), c.caseNumber(), c.title(),
                councils.department(c.departmentCode()).name(), c.status().label(), page.when(c.updatedAt()))).toList();
    }

    /**
     * Does what one of the case page's small forms (question, withdrawal, attachment) asks, and goes back to the case;
     * if the input is refused, the case page comes again with the reason beside that form.
     */
    public String act(Model model, CurrentUser user, long id, String form, Runnable action, String done,
            RedirectAttributes redirect) {
        try {
            action.run();
        } catch (InvalidInputException refusal) {
            fill(model, user, id, new SubjectPage.Attempt(form, null, refusal.errors()));
            model.addAttribute("problem", refusal.errors().get(0).message());
            return "cases/show";
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/consultations/" + id;
    }

    /** @param attempt a form that came back with errors, to show again as it was filled in; or null */
    void fill(Model model, CurrentUser user, long id, SubjectPage.Attempt attempt) {
        Consultation consultation = consultations.get(user, id);
        Set<ConsultationAction> allowed = access.allowedActions(user, consultation);
        List<CaseHistory.Entry> history = consultations.history(user, id);
        List<Question> asked = questions.questions(user, id);
        model.addAttribute("consultation", consultation);
        model.addAttribute("department", councils.department(consultation.departmentCode()).name());
        RuleSet rules = grounds.ruleSetOf(consultation);
        model.addAttribute("rules", rules);
        model.addAttribute("draft", SchemaForm.of(forms.schema(DRAFT_FORM, rules.era().name()), consultation.draft(), List.of(),
                Map.of()));
        model.addAttribute("history", page.history(history));
        model.addAttribute("papers", page.papers(user, SubjectType.CONSULTATION, id));
        model.addAttribute("questions", asked);
        model.addAttribute("answers", consultations.answers(id));
        model.addAttribute("minutesExcerpt", consultation.meetingId() == null ? null
                : excerpts.excerpt(consultation.meetingId(), id).orElse(null));
        model.addAttribute("questionTexts", asked.stream().collect(Collectors.toMap(Question::id, Question::question)));
        model.addAttribute("meeting", consultation.meetingId() == null ? null : meetings.meeting(consultation.meetingId()));
        model.addAttribute("steps", page.steps(user, consultation.processInstanceId(), Set.of(Tasks.DRAFT), attempt,
                meetingChoices.forCouncil(consultation.councilId())));
        model.addAttribute("allowed", allowed.stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("changes", allowed.contains(ConsultationAction.COMPARE_WITH_RETURNED)
                ? ChangesSinceReturn.of(forms.schema(DRAFT_FORM), history, consultation.draft()) : List.of());
        model.addAttribute("consistency", allowed.contains(ConsultationAction.COMPARE_WITH_RETURNED) ? latestCheck(history) : null);
        model.addAttribute("reportForm", allowed.contains(ConsultationAction.WRITE_REPORT)
                ? SchemaForm.of(forms.schema("report-draft"), null, List.of(), Map.of()) : null);
        model.addAttribute("attemptErrors", attempt == null ? Map.of() : Map.of(attempt.step(), attempt.errors()));
    }

    /** The mismatches the last 照合 found with the 届出書 and 評価書, for 総務課's 形式審査; null before any 照合. */
    private static List<String> latestCheck(List<CaseHistory.Entry> history) {
        List<String> mismatches = null;
        for (CaseHistory.Entry entry : history) {
            if (entry.action() == HistoryAction.CONSISTENCY_CHECKED && entry.details() != null) {
                mismatches = new ArrayList<>();
                for (JsonNode mismatch : entry.details().path("mismatches")) {
                    mismatches.add(mismatch.asText());
                }
            }
        }
        return mismatches;
    }
}

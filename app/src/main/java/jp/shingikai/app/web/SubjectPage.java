package jp.shingikai.app.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.OpenStep;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.forms.FieldError;
import jp.shingikai.forms.FormBinding;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.forms.SchemaForm;
import jp.shingikai.japanese.JapaneseTime;
import jp.shingikai.japanese.Wareki;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every case page shows the same way, whatever the case type: its history with people's names, its papers, the
 * steps waiting for this person as forms, and a form shown again, as typed, after a refused or stale save.
 */
@Component
@RequiredArgsConstructor
public class SubjectPage {

    /** What the draft form says above the fields when a submission still lacks something. */
    public static final String TO_SUBMIT = "提出するには、次の項目を直してください。";

    private final Workflow workflow;
    private final FormDefinitions forms;
    private final UserAccounts accounts;
    private final SubjectPapers papers;
    private final Clock clock;

    /** The history as people read it: when in 和暦, what in Japanese, who by their name. */
    public List<HistoryRow> history(List<CaseHistory.Entry> entries) {
        return entries.stream().map(entry -> new HistoryRow(when(entry.occurredAt()), entry.actionLabel(),
                displayName(entry.actor()))).toList();
    }

    public List<PaperRow> papers(CurrentUser user, SubjectType subjectType, long subjectId) {
        return papers.papers(user, subjectType, subjectId);
    }

    /**
     * The steps of this process waiting for this person, each as a form drawn from its schema; a step that came back
     * with errors shows what was typed. The steps in {@code editedApart} have a page of their own (the draft).
     */
    public List<StepView> steps(CurrentUser user, String processInstanceId, Set<String> editedApart, Attempt attempt,
            Map<String, List<SchemaForm.Option>> options) {
        return workflow.tasksFor(user, processInstanceId).stream()
                .filter(step -> !editedApart.contains(step.key()))
                .map(step -> {
                    boolean retried = attempt != null && attempt.step().equals(step.key());
                    return new StepView(step, SchemaForm.of(forms.schema(step.formKey()), retried ? attempt.data() : null,
                            retried ? attempt.errors() : List.of(), options));
                })
                .toList();
    }

    /**
     * Takes the step a page posted (its form bound by the step's schema) and goes back to the case; if the input is
     * refused, the page comes again with what was typed and the errors beside their fields.
     *
     * @param take     takes the step on the case (each case type through its own steps)
     * @param showPage draws the case page with the refused attempt
     * @param casePath where the case page is, to go back to
     */
    public String postStep(CurrentUser user, String processInstanceId, String key, MultiValueMap<String, String> params,
            BiConsumer<OpenStep, ObjectNode> take, Function<Attempt, String> showPage, String casePath, Model model,
            RedirectAttributes redirect) {
        OpenStep open = workflow.taskFor(user, processInstanceId, key);
        ObjectNode form = FormBinding.bind(forms.schema(open.formKey()), params);
        try {
            take.accept(open, form);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            return showPage.apply(new Attempt(key, form, e.errors()));
        }
        redirect.addFlashAttribute("notice", "「" + open.name() + "」を完了しました。");
        return "redirect:" + casePath;
    }

    /**
     * 提出 from a page: done, with the notice; or, where something must still be filled in, the draft form again with
     * each field to fix.
     */
    public String submitOrShowDraft(Runnable submit, Function<List<FieldError>, String> showDraft, String notice,
            String casePath, RedirectAttributes redirect) {
        try {
            submit.run();
        } catch (InvalidInputException e) {
            return showDraft.apply(e.errors());
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + casePath;
    }

    /**
     * Saves what was typed; if it is refused (a wrong field, or someone saved a newer version first), the form is
     * shown again with everything typed kept and the reason above it.
     */
    public String saveOrShowAgain(Supplier<String> save, Function<Refusal, String> showAgain) {
        try {
            return save.get();
        } catch (InvalidInputException e) {
            return showAgain.apply(new Refusal(e.errors(), InvalidInputException.summary(e.errors().size())));
        } catch (StaleEditException e) {
            // The person compares what they typed with the newer version before saving again.
            return showAgain.apply(new Refusal(List.of(),
                    e.getMessage() + " 最新の内容を別のタブで確認し、必要な修正を加えてから保存してください。"));
        }
    }

    /**
     * Shows an editing form drawn from its schema, filled with what was typed and marked where it was refused.
     *
     * @return the view, for the handler to return
     */
    public String editForm(Model model, String view, String formKey, JsonNode data, List<FieldError> errors,
            String problem) {
        return editForm(model, view, forms.schema(formKey), data, errors, problem);
    }

    /** The same, drawn from a schema the page chose (one variant of a form). */
    public String editForm(Model model, String view, JsonNode schema, JsonNode data, List<FieldError> errors,
            String problem) {
        model.addAttribute("form", SchemaForm.of(schema, data, errors, Map.of()));
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        return view;
    }

    /** 令和4年3月4日 午後2時05分, in Japan time. */
    public String when(OffsetDateTime time) {
        return when(time, clock);
    }

    /** As {@link #when(OffsetDateTime)}, for what lists times without the rest of the page. */
    public static String when(OffsetDateTime time, Clock clock) {
        ZonedDateTime local = time.atZoneSameInstant(clock.getZone());
        return Wareki.format(local.toLocalDate()) + " " + JapaneseTime.format(local.toLocalTime().withSecond(0).withNano(0));
    }

    private String displayName(String username) {
        return username.equals(CaseHistory.SYSTEM) ? "システム"
                : accounts.find(username).map(CurrentUser::displayName).orElse(username);
    }

    /** One row of a case list. */
    public record Row(long id, String caseNumber, String title, String department, String status, String updated) {
    }

    /** A step form, or a small form of the page, that came back with errors. */
    public record Attempt(String step, JsonNode data, List<FieldError> errors) {
    }

    /** Why a save was refused: the fields in error, and the sentence above the form. */
    public record Refusal(List<FieldError> errors, String problem) {
    }

    public record StepView(OpenStep step, SchemaForm.Field form) {
    }

    public record HistoryRow(String when, String action, String actor) {
    }

    public record PaperRow(long id, String title, int version, String created) {
    }
}

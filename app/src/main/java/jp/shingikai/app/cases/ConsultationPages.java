package jp.shingikai.app.cases;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.CasePages;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.app.workflow.OpenStep;
import jp.shingikai.app.workflow.RuleSet;
import jp.shingikai.forms.FieldError;
import jp.shingikai.forms.FormBinding;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 諮問 pages: the list, the draft form (起案, drawn from the consultation-draft schema, with the 意見を聴く項目 the answers
 * call for and similar past cases beside it), and the case page, where each person finds the step that waits for
 * them (形式審査, 会議割当, 事前確認, 答申記録…) as a form drawn from that step's schema.
 */
@Controller
@RequestMapping("/consultations")
@RequiredArgsConstructor
class ConsultationPages {

    private static final String SUBMITTED = "提出しました。総務課の形式審査を待っています。";
    private static final String DRAFT_FORM = "consultation-draft";

    private final ConsultationService consultations;
    private final ConsultationSteps steps;
    private final ConsultationAccess access;
    private final ConsultationGrounds grounds;
    private final PreMeetingQuestions questions;
    private final FormDefinitions forms;
    private final ConsultationPage casePage;
    private final SubjectPage page;

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("consultations", casePage.rows(consultations.list(user.user())));
        return "cases/list";
    }

    @GetMapping("/new")
    String newDraft(@AuthenticationPrincipal SignedInUser user, Model model) {
        access.requireDrafterRole(user.user());
        return draftForm(model, user.user(), null, null, List.of(), null);
    }

    /** 一時保存 or 提出 of a new draft. Submission needs every field; a draft may be saved half-written. */
    @PostMapping("/new")
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        ObjectNode draft = FormBinding.bind(forms.schema(DRAFT_FORM), params);
        return page.saveOrShowAgain(() -> saved(user.user(), steps.create(user.user(), draft), action, model, redirect),
                refused -> draftForm(model, user.user(), null, draft, refused.errors(), refused.problem()));
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Consultation consultation = consultations.get(user.user(), id);
        access.requireDrafter(user.user(), consultation);
        return draftForm(model, user.user(), consultation, consultation.draft(), List.of(), null);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
        Consultation consultation = consultations.get(user.user(), id);
        ObjectNode draft = FormBinding.bind(forms.schema(DRAFT_FORM), params);
        return page.saveOrShowAgain(() -> saved(user.user(), steps.edit(user.user(), id, version, draft), action, model, redirect),
                refused -> draftForm(model, user.user(), consultation, draft, refused.errors(), refused.problem()));
    }

    private String saved(CurrentUser user, Consultation consultation, String action, Model model, RedirectAttributes redirect) {
        if (action.equals("submit")) {
            return page.submitOrShowDraft(() -> steps.submit(user, consultation.id(), consultation.version()),
                    errors -> draftForm(model, user, consultation, consultation.draft(), errors,
                            "一時保存しました。提出するには、次の項目を直してください。"),
                    SUBMITTED, "/consultations/" + consultation.id(), redirect);
        }
        redirect.addFlashAttribute("notice", "一時保存しました。");
        return "redirect:/consultations/" + consultation.id();
    }

    /** The form asks the questions of the rule era the draft is written under, and names its rules. */
    private String draftForm(Model model, CurrentUser user, Consultation consultation, JsonNode draft, List<FieldError> errors,
            String problem) {
        RuleSet rules = consultation != null ? grounds.ruleSetOf(consultation) : grounds.ruleSetForNewDraft(user.departmentCode());
        model.addAttribute("consultation", consultation);
        model.addAttribute("rules", rules);
        return page.editForm(model, "cases/draft", forms.schema(DRAFT_FORM, rules.era().name()), draft, errors, problem);
    }



    /** The case page and its steps, served by the one controller of every case type's page. */
    @Bean
    CasePages consultationCasePages() {
        return new CasePages(SubjectType.CONSULTATION, consultations, this::take, this::show);
    }

    /** A 事前質問 is answered on its own record; every other step is taken by its key. */
    private void take(CurrentUser user, long id, OpenStep open, ObjectNode form) {
        if (open.key().equals(Tasks.ANSWER_QUESTION)) {
            questions.answer(user, id, open.questionId(), form);
        } else {
            steps.take(user, id, open.key(), form);
        }
    }

    private String show(Model model, CurrentUser user, long id, SubjectPage.Attempt attempt) {
        casePage.fill(model, user, id, attempt);
        return "cases/show";
    }


    @PostMapping("/{id}/submit")
    String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        return page.submitOrShowDraft(() -> steps.submit(user.user(), id, version), errors -> {
            Consultation consultation = consultations.get(user.user(), id);
            return draftForm(model, user.user(), consultation, consultation.draft(), errors, SubjectPage.TO_SUBMIT);
        }, SUBMITTED, "/consultations/" + id, redirect);
    }

    /** 事前質問 from a member of the case's meeting. */
    @PostMapping("/{id}/questions")
    String ask(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "") String question,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("typedQuestion", question);
        return casePage.act(model, user.user(), id, "question", () -> questions.ask(user.user(), id, question),
                "事前質問を送りました。所管課から回答があるとこのページに表示されます。", redirect);
    }

    @PostMapping("/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        return casePage.act(model, user.user(), id, "withdrawal", () -> steps.withdraw(user.user(), id, reason),
                "諮問を取り下げました。", redirect);
    }

    /** The 意見を聴く項目 the answers so far call for, for the draft form to show as the drafter ticks. */
    @PostMapping("/grounds")
    @ResponseBody
    List<Map<String, String>> grounds(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) Long consultation, @RequestBody JsonNode answers) {
        return consultations.previewGrounds(user.user(), consultation, answers).stream()
                .map(ground -> Map.of("label", ground.label(), "article", ground.article())).toList();
    }
}

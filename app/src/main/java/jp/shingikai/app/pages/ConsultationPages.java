package jp.shingikai.app.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.precedents.SimilarCases;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.forms.FieldError;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.search.query.SimilarConsultations;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 諮問 pages: the list, the draft form (起案, drawn from the consultation-draft schema, with the 意見を聴く項目 the answers
 * call for and similar past cases beside it), and the case page, where each person finds the step that waits for
 * them (形式審査, 会議割当, 事前確認, 答申記録…) as a form drawn from that step's schema.
 */
@Controller
@RequestMapping("/consultations")
class ConsultationPages {

    private static final String DRAFT_FORM = "consultation-draft";

    private final ConsultationService consultations;
    private final DocumentService documents;
    private final SimilarCases similar;
    private final FormDefinitions forms;
    private final CaseView caseView;

    ConsultationPages(ConsultationService consultations, DocumentService documents, SimilarCases similar, FormDefinitions forms,
            CaseView caseView) {
        this.consultations = consultations;
        this.documents = documents;
        this.similar = similar;
        this.forms = forms;
        this.caseView = caseView;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("consultations", caseView.rows(consultations.list(user.user())));
        return "consultations/list";
    }

    @GetMapping("/new")
    String newDraft(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.user().has(Role.DEPARTMENT)) {
            throw new ForbiddenException("諮問の起案は所管課の起案担当者が行います。");
        }
        return draftForm(model, null, null, List.of(), null);
    }

    /** 一時保存 or 提出 of a new draft. Submission needs every field; a draft may be saved half-written. */
    @PostMapping("/new")
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        ObjectNode draft = FormBinding.bind(forms.schema(DRAFT_FORM), params);
        Consultation created;
        try {
            created = consultations.create(user.user(), draft);
        } catch (InvalidInputException e) {
            return draftForm(model, null, draft, e.errors(), null);
        }
        return saved(user.user(), created, action, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Consultation consultation = consultations.get(user.user(), id);
        if (!user.user().has(Role.DEPARTMENT) || !user.user().actsFor(consultation.departmentCode())) {
            throw new ForbiddenException("この諮問は所管課の起案担当者のみ修正できます。");
        }
        return draftForm(model, consultation, consultation.draft(), List.of(), null);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
        Consultation consultation = consultations.get(user.user(), id);
        ObjectNode draft = FormBinding.bind(forms.schema(DRAFT_FORM), params);
        Consultation saved;
        try {
            saved = consultations.edit(user.user(), id, version, draft);
        } catch (InvalidInputException e) {
            return draftForm(model, consultation, draft, e.errors(), null);
        } catch (StaleEditException e) {
            // What was typed stays on the form; the person compares it with the newer version before saving again.
            return draftForm(model, consultation, draft, List.of(), e.getMessage() + " 最新の内容を別のタブで確認し、必要な修正を加えてから保存してください。");
        }
        return saved(user.user(), saved, action, model, redirect);
    }

    private String saved(CurrentUser user, Consultation consultation, String action, Model model, RedirectAttributes redirect) {
        if (action.equals("submit")) {
            try {
                consultations.submit(user, consultation.id(), consultation.version());
            } catch (InvalidInputException e) {
                return draftForm(model, consultation, consultation.draft(), e.errors(),
                        "一時保存しました。提出するには、次の項目を直してください。");
            }
            redirect.addFlashAttribute("notice", "提出しました。総務課の形式審査を待っています。");
        } else {
            redirect.addFlashAttribute("notice", "一時保存しました。");
        }
        return "redirect:/consultations/" + consultation.id();
    }

    private String draftForm(Model model, Consultation consultation, JsonNode draft, List<FieldError> errors, String problem) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", SchemaForm.of(forms.schema(DRAFT_FORM), draft, errors, Map.of()));
        if (problem != null || !errors.isEmpty()) {
            model.addAttribute("problem", problem != null ? problem : InvalidInputException.summary(errors.size()));
        }
        return "consultations/draft";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        caseView.fill(model, user.user(), id, null);
        return "consultations/show";
    }

    /** Any step of the workflow that waits for this person, posted from the form drawn from its schema. */
    @PostMapping("/{id}/steps/{step}")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        CaseView.Step open = caseView.openStep(user.user(), id, step);
        ObjectNode form = FormBinding.bind(forms.schema(open.formKey()), params);
        try {
            caseView.complete(user.user(), id, open, form);
        } catch (InvalidInputException e) {
            caseView.fill(model, user.user(), id, new CaseView.Attempt(step, form, e.errors()));
            model.addAttribute("problem", e.getMessage());
            return "consultations/show";
        }
        redirect.addFlashAttribute("notice", "「" + open.name() + "」を完了しました。");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        try {
            consultations.submit(user.user(), id, version);
        } catch (InvalidInputException e) {
            Consultation consultation = consultations.get(user.user(), id);
            return draftForm(model, consultation, consultation.draft(), e.errors(), "提出するには、次の項目を直してください。");
        }
        redirect.addFlashAttribute("notice", "提出しました。総務課の形式審査を待っています。");
        return "redirect:/consultations/" + id;
    }

    /** 事前質問 from a member of the case's meeting. */
    @PostMapping("/{id}/questions")
    String ask(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "") String question,
            Model model, RedirectAttributes redirect) {
        try {
            consultations.askQuestion(user.user(), id, question);
        } catch (InvalidInputException e) {
            model.addAttribute("typedQuestion", question);
            return showAgain(model, user.user(), id, "question", e);
        }
        redirect.addFlashAttribute("notice", "事前質問を送りました。所管課から回答があるとこのページに表示されます。");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        try {
            consultations.withdraw(user.user(), id, reason);
        } catch (InvalidInputException e) {
            return showAgain(model, user.user(), id, "withdrawal", e);
        }
        redirect.addFlashAttribute("notice", "諮問を取り下げました。");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/{id}/attachments")
    String attach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam("file") MultipartFile file,
            Model model, RedirectAttributes redirect) {
        try {
            documents.attach(user.user(), id, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidInputException e) {
            return showAgain(model, user.user(), id, "attachment", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("notice", "「" + file.getOriginalFilename() + "」を添付しました。");
        return "redirect:/consultations/" + id;
    }

    /** The case page again, with the small form that was refused (question, withdrawal, attachment) and why. */
    private String showAgain(Model model, CurrentUser user, long id, String form, InvalidInputException e) {
        caseView.fill(model, user, id, new CaseView.Attempt(form, null, e.errors()));
        model.addAttribute("problem", e.errors().get(0).message());
        return "consultations/show";
    }

    /** The 意見を聴く項目 the answers so far call for, for the draft form to show as the drafter ticks. */
    @PostMapping("/grounds")
    @ResponseBody
    List<Map<String, String>> grounds(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode answers) {
        return consultations.previewGrounds(user.user(), answers).stream()
                .map(ground -> Map.of("label", ground.label(), "article", ground.article())).toList();
    }

    /** 類似案件 for the draft as far as it is written. */
    @PostMapping("/similar")
    @ResponseBody
    List<Map<String, Object>> similar(@RequestBody JsonNode draft) {
        return similar.toDraft(draft).stream().map(ConsultationPages::similarCase).toList();
    }

    private static Map<String, Object> similarCase(SimilarConsultations.Similar found) {
        return Map.of("id", found.consultationId(), "title", found.consultation().title(),
                "caseNumber", String.valueOf(found.consultation().caseNumber()),
                "municipality", String.valueOf(found.consultation().municipality()));
    }
}

package jp.shingikai.app.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.meetings.MeetingChoices;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.CasePages;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.forms.FieldError;
import jp.shingikai.forms.FormBinding;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.forms.SchemaForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 報告 pages: the implementation report a consultation owes (started from the case page once it is due), the
 * after-the-fact report (事後報告), and the report page with the steps 総務課 and the secretariat take on it.
 */
@Controller
@RequiredArgsConstructor
class ReportPages {

    private static final String REPORT_FORM = "report-draft";

    private final ReportService reports;
    private final ReportSteps steps;
    private final ReportAccess access;
    private final CouncilDirectory councils;
    private final MeetingChoices meetingChoices;
    private final FormDefinitions forms;
    private final SubjectPage page;

    @GetMapping("/reports")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("reports", reports.list(user.user()).stream().map(r -> new SubjectPage.Row(r.id(), "", r.title(),
                councils.department(r.departmentCode()).name(), r.status().label(), page.when(r.updatedAt()))).toList());
        return "reports/list";
    }

    @GetMapping("/reports/new")
    String newReport(@AuthenticationPrincipal SignedInUser user, Model model) {
        access.requireDrafterRole(user.user());
        return form(model, null, "/reports/new", null, List.of(), null);
    }

    @PostMapping("/reports/new")
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        ObjectNode content = FormBinding.bind(forms.schema(REPORT_FORM), params);
        return page.saveOrShowAgain(() -> {
            Report report = steps.createAfterTheFact(user.user(), content);
            redirect.addFlashAttribute("notice", "報告を一時保存しました。内容を確認して提出してください。");
            return "redirect:/reports/" + report.id();
        }, refused -> form(model, null, "/reports/new", content, refused.errors(), refused.problem()));
    }

    /** 実施報告: written from the case page once the report is due. */
    @PostMapping("/consultations/{id}/report")
    String createImplementationReport(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        ObjectNode content = FormBinding.bind(forms.schema(REPORT_FORM), params);
        return page.saveOrShowAgain(() -> {
            Report report = steps.createImplementationReport(user.user(), id, content);
            redirect.addFlashAttribute("notice", "実施報告を一時保存しました。内容を確認して提出してください。");
            return "redirect:/reports/" + report.id();
        }, refused -> form(model, null, "/consultations/" + id + "/report", content, refused.errors(), refused.problem()));
    }

    @GetMapping("/reports/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user.user(), id);
        access.requireDrafter(user.user(), report);
        return form(model, report, "/reports/" + id + "/edit", report.content(), List.of(), null);
    }

    @PostMapping("/reports/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Report report = reports.get(user.user(), id);
        ObjectNode content = FormBinding.bind(forms.schema(REPORT_FORM), params);
        return page.saveOrShowAgain(() -> {
            steps.edit(user.user(), id, version, content);
            redirect.addFlashAttribute("notice", "報告を保存しました。");
            return "redirect:/reports/" + id;
        }, refused -> form(model, report, "/reports/" + id + "/edit", content, refused.errors(), refused.problem()));
    }

    private String form(Model model, Report report, String action, JsonNode content, List<FieldError> errors, String problem) {
        model.addAttribute("report", report);
        model.addAttribute("action", action);
        return page.editForm(model, "reports/form", REPORT_FORM, content, errors, problem);
    }



    /** The case page and its steps, served by the one controller of every case type's page. */
    @Bean
    CasePages reportCasePages() {
        return new CasePages(SubjectType.REPORT, reports, (user, id, open, form) -> steps.take(user, id, open.key(), form), this::show);
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        return page.submitOrShowDraft(() -> steps.submit(user.user(), id, version), errors -> {
            Report report = reports.get(user.user(), id);
            return form(model, report, "/reports/" + id + "/edit", report.content(), errors, SubjectPage.TO_SUBMIT);
        }, "報告を提出しました。総務課の確認を待っています。", "/reports/" + id, redirect);
    }


    private String show(Model model, CurrentUser user, long id, SubjectPage.Attempt attempt) {
        Report report = reports.get(user, id);
        model.addAttribute("report", report);
        model.addAttribute("department", councils.department(report.departmentCode()).name());
        model.addAttribute("content", SchemaForm.of(forms.schema(REPORT_FORM), report.content(), List.of(), Map.of()));
        model.addAttribute("history", page.history(reports.history(user, id)));
        model.addAttribute("papers", page.papers(user, SubjectType.REPORT, id));
        model.addAttribute("steps", page.steps(user, report.processInstanceId(), Set.of(Tasks.REPORT_DRAFT), attempt,
                meetingChoices.forCouncil(report.councilId())));
        model.addAttribute("allowed", access.allowedActions(user, report).stream().map(Enum::name).collect(Collectors.toSet()));
        return "reports/show";
    }
}

package jp.shingikai.app.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.forms.FieldError;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import org.flowable.task.api.Task;
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
class ReportPages {

    private static final String REPORT_FORM = "report-draft";

    private final ReportService reports;
    private final DocumentService documents;
    private final CouncilDirectory councils;
    private final Workflow workflow;
    private final FormDefinitions forms;
    private final CaseView caseView;

    ReportPages(ReportService reports, DocumentService documents, CouncilDirectory councils, Workflow workflow, FormDefinitions forms,
            CaseView caseView) {
        this.reports = reports;
        this.documents = documents;
        this.councils = councils;
        this.workflow = workflow;
        this.forms = forms;
        this.caseView = caseView;
    }

    @GetMapping("/reports")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("reports", reports.list(user.user()).stream().map(r -> new CaseView.Row(r.id(), "", r.title(),
                councils.department(r.departmentCode()).name(), r.status().label(), caseView.when(r.updatedAt()))).toList());
        return "reports/list";
    }

    @GetMapping("/reports/new")
    String newReport(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.user().has(Role.DEPARTMENT)) {
            throw new ForbiddenException("報告の作成は所管課の起案担当者が行います。");
        }
        return form(model, null, "/reports/new", null, List.of());
    }

    @PostMapping("/reports/new")
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        ObjectNode content = FormBinding.bind(forms.schema(REPORT_FORM), params);
        try {
            Report report = reports.createAfterTheFact(user.user(), content);
            redirect.addFlashAttribute("notice", "報告を一時保存しました。内容を確認して提出してください。");
            return "redirect:/reports/" + report.id();
        } catch (InvalidInputException e) {
            return form(model, null, "/reports/new", content, e.errors());
        }
    }

    /** 実施報告: written from the case page once the report is due. */
    @PostMapping("/consultations/{id}/report")
    String createImplementationReport(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        ObjectNode content = FormBinding.bind(forms.schema(REPORT_FORM), params);
        try {
            Report report = reports.createImplementationReport(user.user(), id, content);
            redirect.addFlashAttribute("notice", "実施報告を一時保存しました。内容を確認して提出してください。");
            return "redirect:/reports/" + report.id();
        } catch (InvalidInputException e) {
            return form(model, null, "/consultations/" + id + "/report", content, e.errors());
        }
    }

    @GetMapping("/reports/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Report report = reports.get(user.user(), id);
        if (!user.user().has(Role.DEPARTMENT) || !user.user().actsFor(report.departmentCode())) {
            throw new ForbiddenException("この報告は所管課の起案担当者のみ修正できます。");
        }
        return form(model, report, "/reports/" + id + "/edit", report.content(), List.of());
    }

    @PostMapping("/reports/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Report report = reports.get(user.user(), id);
        ObjectNode content = FormBinding.bind(forms.schema(REPORT_FORM), params);
        try {
            reports.edit(user.user(), id, version, content);
        } catch (InvalidInputException e) {
            return form(model, report, "/reports/" + id + "/edit", content, e.errors());
        }
        redirect.addFlashAttribute("notice", "報告を保存しました。");
        return "redirect:/reports/" + id;
    }

    private String form(Model model, Report report, String action, JsonNode content, List<FieldError> errors) {
        model.addAttribute("report", report);
        model.addAttribute("action", action);
        model.addAttribute("form", SchemaForm.of(forms.schema(REPORT_FORM), content, errors, Map.of()));
        if (!errors.isEmpty()) {
            model.addAttribute("problem", InvalidInputException.summary(errors.size()));
        }
        return "reports/form";
    }

    @GetMapping("/reports/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return page(model, user.user(), id, null, null, List.of());
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        try {
            reports.submit(user.user(), id, version);
        } catch (InvalidInputException e) {
            Report report = reports.get(user.user(), id);
            return form(model, report, "/reports/" + id + "/edit", report.content(), e.errors());
        }
        redirect.addFlashAttribute("notice", "報告を提出しました。総務課の確認を待っています。");
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/steps/{step}")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Task task = workflow.taskFor(user.user(), reports.get(user.user(), id).processInstanceId(), step);
        ObjectNode form = FormBinding.bind(forms.schema(task.getFormKey()), params);
        try {
            switch (step) {
                case Tasks.REPORT_REVIEW -> reports.review(user.user(), id, form);
                case Tasks.REPORT_ASSIGNMENT -> reports.assignMeeting(user.user(), id, form);
                default -> throw new StateConflictException("「" + task.getName() + "」はこの画面では行えません。");
            }
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            return page(model, user.user(), id, step, form, e.errors());
        }
        redirect.addFlashAttribute("notice", "「" + task.getName() + "」を完了しました。");
        return "redirect:/reports/" + id;
    }

    private String page(Model model, CurrentUser user, long id, String retriedStep, JsonNode data, List<FieldError> errors) {
        Report report = reports.get(user, id);
        model.addAttribute("report", report);
        model.addAttribute("department", councils.department(report.departmentCode()).name());
        model.addAttribute("content", SchemaForm.of(forms.schema(REPORT_FORM), report.content(), List.of(), Map.of()));
        model.addAttribute("history", reports.history(user, id).stream()
                .map(e -> new CaseView.HistoryRow(caseView.when(e.occurredAt()), e.actionLabel(), e.actor())).toList());
        model.addAttribute("papers", documents.documents(user, SubjectType.REPORT, id).stream()
                .map(d -> new CaseView.PaperRow(d.id(), d.title(), d.version(), caseView.when(d.createdAt()))).toList());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Task task : openTasks(user, report)) {
            if (task.getTaskDefinitionKey().equals(Tasks.REPORT_DRAFT)) {
                continue;
            }
            boolean retried = task.getTaskDefinitionKey().equals(retriedStep);
            steps.add(Map.of("key", task.getTaskDefinitionKey(), "name", task.getName(), "form", SchemaForm.of(
                    forms.schema(task.getFormKey()), retried ? data : null, retried ? errors : List.of(),
                    caseView.meetingOptions(report.councilId()))));
        }
        model.addAttribute("steps", steps);
        model.addAttribute("canEdit", user.has(Role.DEPARTMENT) && user.actsFor(report.departmentCode()) && report.status().isEditable());
        return "reports/show";
    }

    private List<Task> openTasks(CurrentUser user, Report report) {
        return workflow.tasksFor(user).stream().filter(task -> task.getProcessInstanceId().equals(report.processInstanceId())).toList();
    }
}

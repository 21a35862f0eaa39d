package jp.shingikai.app.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.notifications.NotificationService;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import org.flowable.task.api.Task;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** ホーム: the signed-in person's open steps, oldest first, each with its case, its due date and whether it is late. */
@Controller
class HomePage {

    private final Workflow workflow;
    private final ConsultationService consultations;
    private final ReportService reports;
    private final MeetingService meetings;
    private final NotificationService notifications;
    private final Clock clock;

    HomePage(Workflow workflow, ConsultationService consultations, ReportService reports, MeetingService meetings,
            NotificationService notifications, Clock clock) {
        this.workflow = workflow;
        this.consultations = consultations;
        this.reports = reports;
        this.meetings = meetings;
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> rows = new ArrayList<>();
        for (Task task : workflow.tasksFor(user.user())) {
            rows.add(row(task, today));
        }
        model.addAttribute("tasks", rows);
        model.addAttribute("notifications", notifications.unread(user.user()));
        model.addAttribute("user", user.user());
        return "home";
    }

    private TaskRow row(Task task, LocalDate today) {
        Map<String, Object> variables = task.getProcessVariables();
        Long caseId = id(variables.get(Variables.CASE_ID));
        Long reportId = id(variables.get(Variables.REPORT_ID));
        Long meetingId = id(variables.get(Variables.MEETING_ID));
        String subject;
        String link;
        if (reportId != null) {
            subject = reports.report(reportId).title();
            link = "/reports/" + reportId;
        } else if (caseId != null) {
            subject = consultations.consultation(caseId).title();
            link = "/consultations/" + caseId;
        } else {
            subject = "";
            link = "/";
        }
        // What waits for a meeting is due on the meeting's day.
        LocalDate due = meetingId == null ? null : meetings.meeting(meetingId).heldOn();
        LocalDate received = task.getCreateTime().toInstant().atZone(clock.getZone()).toLocalDate();
        return new TaskRow(task.getName(), subject, link, Wareki.format(received), due == null ? "" : Wareki.format(due),
                due != null && due.isBefore(today));
    }

    private static Long id(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    /** One line of the task list, as shown. */
    record TaskRow(String step, String subject, String link, String received, String due, boolean overdue) {
    }
}

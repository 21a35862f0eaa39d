package jp.shingikai.app.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.notifications.NotificationService;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.CaseVariables;
import jp.shingikai.app.workflow.OpenStep;
import jp.shingikai.app.workflow.StepDeadlines;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.japanese.Wareki;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** ホーム: the signed-in person's open steps, oldest first, each with its case, its due date and whether it is late. */
@Controller
@RequiredArgsConstructor
class HomePage {

    private final Workflow workflow;
    private final Steps steps;
    private final StepDeadlines deadlines;
    private final MeetingService meetings;
    private final NotificationService notifications;
    private final Clock clock;

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> rows = workflow.tasksFor(user.user()).stream().map(step -> row(step, today)).toList();
        model.addAttribute("tasks", rows);
        model.addAttribute("notifications", notifications.unread(user.user()));
        model.addAttribute("user", user.user());
        return "tasks/home";
    }

    private TaskRow row(OpenStep step, LocalDate today) {
        CaseVariables subject = step.subject();
        String title = steps.find(subject.subjectType(), subject.subjectId()).title();
        String link = subject.subjectType().pagePath(subject.subjectId());
        LocalDate due = deadlines.due(step, meetingId -> meetings.meeting(meetingId).heldOn()).orElse(null);
        LocalDate received = step.createdAt().atZone(clock.getZone()).toLocalDate();
        return new TaskRow(step.name(), title, link, Wareki.format(received), due == null ? "" : Wareki.format(due),
                due != null && due.isBefore(today));
    }

    /** One line of the task list, as shown. */
    record TaskRow(String step, String subject, String link, String received, String due, boolean overdue) {
    }
}

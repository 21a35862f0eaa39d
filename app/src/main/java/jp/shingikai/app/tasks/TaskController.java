package jp.shingikai.app.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.OpenStep;
import jp.shingikai.app.workflow.StepDeadlines;
import jp.shingikai.app.workflow.Workflow;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** タスク一覧: the steps waiting for the signed-in person, oldest first. */
@RestController
@RequiredArgsConstructor
class TaskController {

    private final Workflow workflow;
    private final StepDeadlines deadlines;
    private final MeetingService meetings;

    @GetMapping("/api/tasks")
    List<TaskView> tasks(@AuthenticationPrincipal SignedInUser user) {
        return workflow.tasksFor(user.user()).stream().map(step -> TaskView.of(step,
                deadlines.due(step, meeting -> meetings.meeting(meeting).heldOn()).orElse(null))).toList();
    }

    /**
     * One open step.
     *
     * @param consultationId the consultation it belongs to, if any
     * @param reportId       the report it belongs to, if any
     * @param due            when it is due: its service-level deadline in 開庁日, or its meeting's day
     */
    record TaskView(String taskId, String step, String name, String formKey, Instant createdAt, Long consultationId,
            Long reportId, LocalDate due) {

        static TaskView of(OpenStep step, LocalDate due) {
            return new TaskView(step.taskId(), step.key(), step.name(), step.formKey(), step.createdAt(),
                    step.subject().consultationId(), step.subject().reportId(), due);
        }
    }
}

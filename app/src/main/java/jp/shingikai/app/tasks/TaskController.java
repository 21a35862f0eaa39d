package jp.shingikai.app.tasks;

import java.time.Instant;
import java.util.List;

import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.OpenStep;
import jp.shingikai.app.workflow.Workflow;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** タスク一覧: the steps waiting for the signed-in person, oldest first. */
@RestController
class TaskController {

    private final Workflow workflow;

    TaskController(Workflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/api/tasks")
    List<TaskView> tasks(@AuthenticationPrincipal SignedInUser user) {
        return workflow.tasksFor(user.user()).stream().map(TaskView::of).toList();
    }

    /**
     * One open step.
     *
     * @param consultationId the consultation it belongs to, if any
     * @param reportId       the report it belongs to, if any
     */
    record TaskView(String taskId, String step, String name, String formKey, Instant createdAt, Long consultationId,
            Long reportId) {

        static TaskView of(OpenStep step) {
            return new TaskView(step.taskId(), step.key(), step.name(), step.formKey(), step.createdAt(),
                    step.subject().consultationId(), step.subject().reportId());
        }
    }
}

package jp.shingikai.app.tasks;

import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import org.flowable.task.api.Task;
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
    record TaskView(String taskId, String step, String name, String formKey, Date createdAt, Long consultationId,
            Long reportId) {

        static TaskView of(Task task) {
            Map<String, Object> variables = task.getProcessVariables();
            return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getFormKey(),
                    task.getCreateTime(), id(variables.get(Variables.CASE_ID)), id(variables.get(Variables.REPORT_ID)));
        }

        private static Long id(Object value) {
            return value instanceof Number number ? number.longValue() : null;
        }
    }
}

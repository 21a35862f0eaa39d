package jp.shingikai.app.workflow;

import java.util.List;

import jp.shingikai.processes.ConsultationWorkflow.Delegates;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 事前確認の督促: reminds the members whose review of the papers is still open. */
@Component(Delegates.REMIND_MEMBERS)
@RequiredArgsConstructor
class RemindMembersDelegate implements JavaDelegate {

    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    @Override
    public void execute(DelegateExecution execution) {
        List<String> outstanding = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Tasks.MEMBER_REVIEW).list().stream().map(Task::getAssignee).toList();
        if (!outstanding.isEmpty()) {
            long consultationId = CaseVariables.of(execution.getVariables()).consultationId();
            events.publishEvent(new WorkflowEvents.MembersToRemind(consultationId, outstanding));
        }
    }
}

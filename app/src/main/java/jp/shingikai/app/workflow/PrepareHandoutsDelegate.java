package jp.shingikai.app.workflow;

import jp.shingikai.processes.ConsultationWorkflow.Delegates;
import lombok.RequiredArgsConstructor;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 資料作成, in both the consultation and the report process. */
@Component(Delegates.PREPARE_HANDOUTS)
@RequiredArgsConstructor
class PrepareHandoutsDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    @Override
    public void execute(DelegateExecution execution) {
        CaseVariables subject = CaseVariables.of(execution.getVariables());
        events.publishEvent(new WorkflowEvents.HandoutsDue(subject.subjectType(), subject.subjectId(), subject.meetingId()));
    }
}

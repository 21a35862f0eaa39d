package jp.shingikai.app.workflow;

import jp.shingikai.processes.ConsultationWorkflow.Delegates;
import lombok.RequiredArgsConstructor;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 答申書作成. */
@Component(Delegates.PREPARE_ANSWER_DOCUMENT)
@RequiredArgsConstructor
class PrepareAnswerDocumentDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new WorkflowEvents.AnswerDocumentDue(CaseVariables.of(execution.getVariables()).consultationId()));
    }
}

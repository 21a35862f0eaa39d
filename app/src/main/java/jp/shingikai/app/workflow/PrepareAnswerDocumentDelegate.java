package jp.shingikai.app.workflow;

import jp.shingikai.processes.ConsultationWorkflow.Delegates;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 答申書作成. */
@Component(Delegates.PREPARE_ANSWER_DOCUMENT)
class PrepareAnswerDocumentDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    PrepareAnswerDocumentDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new WorkflowEvents.AnswerDocumentDue(CaseVariables.of(execution.getVariables()).consultationId()));
    }
}

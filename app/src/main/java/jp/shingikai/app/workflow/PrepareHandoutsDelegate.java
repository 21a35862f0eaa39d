package jp.shingikai.app.workflow;

import jp.shingikai.processes.ConsultationWorkflow.Delegates;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import jp.shingikai.app.system.SubjectType;

/** 資料作成, in both the consultation and the report process. */
@Component(Delegates.PREPARE_HANDOUTS)
class PrepareHandoutsDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    PrepareHandoutsDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = ((Number) execution.getVariable(Variables.MEETING_ID)).longValue();
        // A report process carries its report's id (and, for an implementation report, the consultation's as well).
        boolean report = execution.hasVariable(Variables.REPORT_ID);
        long subjectId = ((Number) execution.getVariable(report ? Variables.REPORT_ID : Variables.CASE_ID)).longValue();
        events.publishEvent(new WorkflowEvents.HandoutsDue(report ? SubjectType.REPORT : SubjectType.CONSULTATION, subjectId, meetingId));
    }
}

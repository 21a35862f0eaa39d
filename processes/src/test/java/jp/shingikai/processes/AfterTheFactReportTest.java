package jp.shingikai.processes;

import static jp.shingikai.processes.ConsultationWorkflow.Delegates;
import static jp.shingikai.processes.ConsultationWorkflow.Messages;
import static jp.shingikai.processes.ConsultationWorkflow.Tasks;
import static jp.shingikai.processes.ConsultationWorkflow.Variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.util.Map;


/** 事後報告: a report that needed no consultation goes through 総務課 onto a meeting's 報告事項. */
class AfterTheFactReportTest extends EngineTest {

    @ModelTest
    void aReturnedReportIsRevisedAcceptedAndPresentedAtTheMeeting() throws Exception {
        ProcessWalk report = ProcessWalk.start(engine, ConsultationWorkflow.REPORT_PROCESS, Map.of(
                Variables.REPORT_ID, 7L, Variables.DEPARTMENT_CODE, "kosodate", Variables.REPORT_KIND, "AFTER_THE_FACT"));

        report.complete(Tasks.REPORT_DRAFT)
                .complete(Tasks.REPORT_REVIEW, Map.of(Variables.REPORT_REVIEW_OUTCOME, ReviewOutcome.RETURNED.name()))
                .complete(Tasks.REPORT_DRAFT)
                .complete(Tasks.REPORT_REVIEW, Map.of(Variables.REPORT_REVIEW_OUTCOME, ReviewOutcome.ACCEPTED.name()))
                .complete(Tasks.REPORT_ASSIGNMENT, Map.of(Variables.MEETING_ID, 3L))
                .message(Messages.MEETING_HELD, Map.of());

        assertThat(report.hasEnded()).isTrue();
        assertThat(report.passedActivities()).containsExactly("reportStarted", "reportDraft", "reportReview", "reportDraft",
                "reportReview", "reportAssignment", "prepareReportHandouts", "reportPresented", "reportClosed");
        assertThat(report.variableHistory(Variables.REPORT_REVIEW_OUTCOME)).containsExactly("RETURNED", "ACCEPTED");
        verify(ConsultationSteps.delegate(engine, Delegates.PREPARE_HANDOUTS)).execute(any());
    }
}

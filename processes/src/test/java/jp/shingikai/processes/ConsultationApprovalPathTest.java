package jp.shingikai.processes;

import static jp.shingikai.processes.ConsultationSteps.*;
import static jp.shingikai.processes.ConsultationWorkflow.Delegates;
import static jp.shingikai.processes.ConsultationWorkflow.Tasks;
import static jp.shingikai.processes.ConsultationWorkflow.Variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flowable.identitylink.api.IdentityLink;

class ConsultationApprovalPathTest extends EngineTest {

    @ModelTest
    void anApprovedCaseIsRegisteredThenReportedAtALaterMeetingAndClosed() throws Exception {
        ProcessWalk consultation = startConsultation(engine, false);
        throughFirstMeeting(consultation, AnswerOutcome.APPROVED);
        consultation.complete(Tasks.REGISTRY_UPDATE);

        Instant due = consultation.timerDueDate();
        assertThat(Duration.between(DRAFTED_AT, due)).isEqualTo(Duration.ofDays(90));
        consultation.clockAt(due.minus(Duration.ofDays(1)));
        assertThat(consultation.passedActivities()).doesNotContain("implementationReport");

        consultation.clockAt(due);
        ProcessWalk report = consultation.calledProcess();
        assertThat(report.historicVariable(Variables.REPORT_KIND)).isEqualTo(ReportKind.IMPLEMENTATION.name());
        assertThat(report.historicVariable(Variables.CASE_ID)).isEqualTo(1L);
        report.complete(Tasks.REPORT_DRAFT)
                .complete(Tasks.REPORT_REVIEW, Map.of(Variables.REPORT_REVIEW_OUTCOME, ReviewOutcome.ACCEPTED.name()))
                .complete(Tasks.REPORT_ASSIGNMENT, Map.of(Variables.MEETING_ID, 5L));
        meetingHeld(report);

        assertThat(report.hasEnded()).isTrue();
        assertThat(consultation.hasEnded()).isTrue();
        assertThat(consultation.passedActivities()).containsSubsequence("consultationStarted", "draft", "formalReview",
                "meetingAssignment", "prepareHandouts", "memberReview", "deliberation", "recordAnswer",
                "prepareAnswerDocument", "registryUpdate", "implementationReportDue", "implementationReport",
                "consultationClosed").doesNotContain("supervisorReview", "consultationWithdrawn", "consultationRejected");
        assertThat(report.passedActivities()).containsExactly("reportStarted", "reportDraft", "reportReview",
                "reportAssignment", "prepareReportHandouts", "reportPresented", "reportClosed");
        assertThat(report.historicVariable(Variables.MEETING_ID)).as("the report's own, later meeting").isEqualTo(5L);
        assertThat(consultation.historicVariable(Variables.ANSWER_OUTCOME)).isEqualTo("APPROVED");
        verify(delegate(engine, Delegates.PREPARE_HANDOUTS), times(2)).execute(any());
        verify(delegate(engine, Delegates.PREPARE_ANSWER_DOCUMENT)).execute(any());
    }

    @ModelTest
    void eachStepIsOfferedToThePeopleWhoTakeIt() {
        ProcessWalk consultation = startConsultation(engine, false);
        assertThat(candidateGroups(consultation, Tasks.DRAFT)).containsExactly("department-" + DEPARTMENT);
        consultation.complete(Tasks.DRAFT);
        assertThat(candidateGroups(consultation, Tasks.FORMAL_REVIEW)).containsExactly("soumu");
        formalReview(consultation, ReviewOutcome.ACCEPTED);
        assertThat(candidateGroups(consultation, Tasks.MEETING_ASSIGNMENT)).containsExactly("secretariat");
        assignMeeting(consultation, 3L);

        assertThat(consultation.tasks(Tasks.MEMBER_REVIEW)).extracting(task -> task.getAssignee())
                .containsExactlyInAnyOrderElementsOf(MEMBERS);
    }

    @ModelTest
    void anApprovalWithAnAttachedOpinionIsCarriedOutLikeAnApproval() {
        ProcessWalk consultation = startConsultation(engine, false);
        throughFirstMeeting(consultation, AnswerOutcome.APPROVED_WITH_OPINION);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.REGISTRY_UPDATE);
        assertThat(consultation.historicVariable(Variables.ANSWER_OUTCOME)).isEqualTo("APPROVED_WITH_OPINION");
        assertThat(consultation.passedActivities()).contains("prepareAnswerDocument")
                .doesNotContain("consultationRejected");
    }

    private List<String> candidateGroups(ProcessWalk walk, String taskKey) {
        return engine.getTaskService().getIdentityLinksForTask(walk.task(taskKey).getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }
}

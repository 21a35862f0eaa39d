package jp.shingikai.processes;

import static jp.shingikai.processes.ConsultationSteps.*;
import static jp.shingikai.processes.ConsultationWorkflow.Delegates;
import static jp.shingikai.processes.ConsultationWorkflow.Tasks;
import static jp.shingikai.processes.ConsultationWorkflow.Variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Collections;


/** 不承認 and 継続審議. */
class ConsultationAnswerPathsTest extends EngineTest {

    @ModelTest
    void aRejectedCaseGetsItsAnswerDocumentAndEndsWithoutRegistrationOrReport() throws Exception {
        ProcessWalk consultation = startConsultation(engine, false);
        throughFirstMeeting(consultation, AnswerOutcome.REJECTED);

        assertThat(consultation.hasEnded()).isTrue();
        assertThat(consultation.passedActivities()).endsWith("recordAnswer", "prepareAnswerDocument", "consultationRejected")
                .doesNotContain("registryUpdate", "implementationReport");
        assertThat(consultation.historicVariable(Variables.ANSWER_OUTCOME)).isEqualTo("REJECTED");
        verify(delegate(engine, Delegates.PREPARE_ANSWER_DOCUMENT)).execute(any());
    }

    @ModelTest
    void aDeferredCaseGoesOnALaterMeetingWithoutANewReviewAndIsThenApproved() throws Exception {
        ProcessWalk consultation = startConsultation(engine, false);
        throughFirstMeeting(consultation, AnswerOutcome.DEFERRED);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.MEETING_ASSIGNMENT);
        assignMeeting(consultation, 4L);
        everyMemberReviews(consultation);
        meetingHeld(consultation);
        recordAnswer(consultation, AnswerOutcome.APPROVED);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.REGISTRY_UPDATE);
        assertThat(Collections.frequency(consultation.passedActivities(), "draft")).isEqualTo(1);
        assertThat(Collections.frequency(consultation.passedActivities(), "formalReview")).isEqualTo(1);
        assertThat(Collections.frequency(consultation.passedActivities(), "deliberation")).isEqualTo(2);
        assertThat(consultation.variableHistory(Variables.ANSWER_OUTCOME)).containsExactly("DEFERRED", "APPROVED");
        assertThat(consultation.variableHistory(Variables.MEETING_ID)).containsExactly(3L, 4L);
        verify(delegate(engine, Delegates.PREPARE_HANDOUTS), times(2)).execute(any());
        verify(delegate(engine, Delegates.PREPARE_ANSWER_DOCUMENT), times(1)).execute(any());
    }
}

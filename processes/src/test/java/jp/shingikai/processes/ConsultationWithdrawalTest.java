package jp.shingikai.processes;

import static jp.shingikai.processes.ConsultationSteps.*;
import static jp.shingikai.processes.ConsultationWorkflow.Messages;
import static jp.shingikai.processes.ConsultationWorkflow.Tasks;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;


/** 取下げ: possible at any point before the meeting, and not after it. */
class ConsultationWithdrawalTest extends EngineTest {

    @ModelTest
    void theDepartmentWithdrawsADraftUnderReview() {
        ProcessWalk consultation = startConsultation(engine, false);
        consultation.complete(Tasks.DRAFT);
        consultation.message(Messages.WITHDRAWAL, Map.of());

        assertThat(consultation.hasEnded()).isTrue();
        assertThat(consultation.passedActivities()).containsSubsequence("draft", "consultationWithdrawn")
                .contains("withdrawn").doesNotContain("formalReview", "meetingAssignment");
    }

    @ModelTest
    void theDepartmentWithdrawsWhileMembersAreReviewingThePapers() {
        ProcessWalk consultation = startConsultation(engine, false);
        consultation.complete(Tasks.DRAFT);
        formalReview(consultation, ReviewOutcome.ACCEPTED);
        assignMeeting(consultation, 3L);
        consultation.complete(consultation.tasks(Tasks.MEMBER_REVIEW).get(0));

        consultation.message(Messages.WITHDRAWAL, Map.of());

        assertThat(consultation.hasEnded()).isTrue();
        assertThat(consultation.openTaskKeys()).isEmpty();
        assertThat(consultation.passedActivities()).containsSubsequence("memberReview", "consultationWithdrawn")
                .doesNotContain("deliberation", "recordAnswer");
    }

    @ModelTest
    void onceTheMeetingHasBeenHeldTheCaseCanNoLongerBeWithdrawn() {
        ProcessWalk consultation = startConsultation(engine, false);
        assertThat(consultation.waitsFor(Messages.WITHDRAWAL)).isTrue();
        consultation.complete(Tasks.DRAFT);
        formalReview(consultation, ReviewOutcome.ACCEPTED);
        assignMeeting(consultation, 3L);
        everyMemberReviews(consultation);
        meetingHeld(consultation);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.RECORD_ANSWER);
        assertThat(consultation.waitsFor(Messages.WITHDRAWAL)).isFalse();
    }
}

package jp.shingikai.processes;

import static jp.shingikai.processes.ConsultationSteps.*;
import static jp.shingikai.processes.ConsultationWorkflow.Delegates;
import static jp.shingikai.processes.ConsultationWorkflow.Messages;
import static jp.shingikai.processes.ConsultationWorkflow.Tasks;
import static jp.shingikai.processes.ConsultationWorkflow.Variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.test.FlowableTest;
import org.junit.jupiter.api.BeforeEach;

/** 委員の事前確認: one review per member, a reminder before the meeting, questions to the department. */
@FlowableTest
class MemberReviewTest {

    private ProcessEngine engine;
    private ProcessWalk consultation;

    @BeforeEach
    void distributePapers(ProcessEngine engine) {
        this.engine = engine;
        resetDelegates(engine);
        consultation = startConsultation(engine, false);
        consultation.complete(Tasks.DRAFT);
        formalReview(consultation, ReviewOutcome.ACCEPTED);
        assignMeeting(consultation, 3L);
    }

    @ModelTest
    void membersWhoHaveNotReviewedAreRemindedOnTheReminderDateAndMayStillReview() throws Exception {
        consultation.complete(consultation.tasks(Tasks.MEMBER_REVIEW).get(0));
        assertThat(consultation.timerDueDate()).isEqualTo(REMINDER_AT);

        consultation.clockAt(REMINDER_AT.minus(Duration.ofMinutes(1)));
        verify(delegate(engine, Delegates.REMIND_MEMBERS), never()).execute(any());

        consultation.clockAt(REMINDER_AT);
        verify(delegate(engine, Delegates.REMIND_MEMBERS)).execute(any());
        assertThat(consultation.tasks(Tasks.MEMBER_REVIEW)).hasSize(2);
        assertThat(consultation.passedActivities()).containsSubsequence("reminderDue", "remindMembers", "reminderSent");

        everyMemberReviews(consultation);
        assertThat(consultation.waitsFor(Messages.MEETING_HELD)).isTrue();
    }

    @ModelTest
    void theMeetingGoesAheadWhenSomeMembersHaveNotReviewed() {
        consultation.complete(consultation.tasks(Tasks.MEMBER_REVIEW).get(0));

        meetingHeld(consultation);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.RECORD_ANSWER);
        assertThat(consultation.passedActivities()).contains("meetingHeldDuringReview").doesNotContain("deliberation");
    }

    @ModelTest
    void aMemberQuestionBecomesATaskForTheDepartmentWithoutHoldingUpTheReviews() {
        consultation.message(Messages.PRE_MEETING_QUESTION, Map.of(Variables.QUESTION_ID, 11L));

        assertThat(consultation.task(Tasks.ANSWER_QUESTION)).isNotNull();
        assertThat(consultation.tasks(Tasks.MEMBER_REVIEW)).hasSize(3);
        consultation.complete(Tasks.ANSWER_QUESTION);
        everyMemberReviews(consultation);
        meetingHeld(consultation);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.RECORD_ANSWER);
        assertThat(consultation.passedActivities()).containsSubsequence("questionAsked", "answerQuestion", "questionAnswered")
                .contains("deliberation");
    }
}

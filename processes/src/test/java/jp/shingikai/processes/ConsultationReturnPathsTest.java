package jp.shingikai.processes;

import static jp.shingikai.processes.ConsultationSteps.*;
import static jp.shingikai.processes.ConsultationWorkflow.Tasks;
import static jp.shingikai.processes.ConsultationWorkflow.Variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;


/** 差戻し: a draft goes back to the department until 総務課 (and, where required, the supervisor) accepts it. */
class ConsultationReturnPathsTest extends EngineTest {

    @ModelTest
    void aDraftReturnedTwiceByGeneralAffairsIsAcceptedOnTheThirdSubmission() {
        ProcessWalk consultation = startConsultation(engine, false);
        consultation.complete(Tasks.DRAFT);
        formalReview(consultation, ReviewOutcome.RETURNED);
        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.DRAFT);
        consultation.complete(Tasks.DRAFT);
        formalReview(consultation, ReviewOutcome.RETURNED);
        consultation.complete(Tasks.DRAFT);
        formalReview(consultation, ReviewOutcome.ACCEPTED);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.MEETING_ASSIGNMENT);
        assertThat(Collections.frequency(consultation.passedActivities(), "draft")).isEqualTo(3);
        assertThat(Collections.frequency(consultation.passedActivities(), "formalReview")).isEqualTo(3);
        assertThat(consultation.variableHistory(Variables.FORMAL_REVIEW_OUTCOME))
                .containsExactly("RETURNED", "RETURNED", "ACCEPTED");
    }

    @ModelTest
    void whereRequiredTheSupervisorChecksFirstAndMayReturnTheDraft() {
        ProcessWalk consultation = startConsultation(engine, true);
        consultation.complete(Tasks.DRAFT);
        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.SUPERVISOR_REVIEW);
        consultation.complete(Tasks.SUPERVISOR_REVIEW, Map.of(Variables.SUPERVISOR_OUTCOME, ReviewOutcome.RETURNED.name()));
        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.DRAFT);
        consultation.complete(Tasks.DRAFT);
        consultation.complete(Tasks.SUPERVISOR_REVIEW, Map.of(Variables.SUPERVISOR_OUTCOME, ReviewOutcome.ACCEPTED.name()));

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.FORMAL_REVIEW);
        assertThat(consultation.passedActivities()).containsSubsequence("draft", "supervisorReview", "draft",
                "supervisorReview", "formalReview");
    }

    @ModelTest
    void withoutSupervisorReviewTheDraftGoesStraightToGeneralAffairs() {
        ProcessWalk consultation = startConsultation(engine, false);
        consultation.complete(Tasks.DRAFT);

        assertThat(consultation.openTaskKeys()).containsExactly(Tasks.FORMAL_REVIEW);
        assertThat(consultation.passedActivities()).doesNotContain("supervisorReview");
    }
}

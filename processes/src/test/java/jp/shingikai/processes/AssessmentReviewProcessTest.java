package jp.shingikai.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.shingikai.processes.AssessmentWorkflow.Tasks;
import jp.shingikai.processes.AssessmentWorkflow.Variables;
import org.flowable.engine.test.Deployment;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 第三者点検: each path of the model, from the department's 評価書 to the 再評価 reminder, asserted on its history. */
class AssessmentReviewProcessTest extends EngineTest {

    private static final String MODEL = "processes/assessment/assessment-review.bpmn20.xml";
    private static final Instant COMMENT_ENDS = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant REEVALUATION = Instant.parse("2031-07-01T00:00:00Z");

    @AfterEach
    void realTimeAgain() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Deployment(resources = MODEL)
    @Test
    void anAcceptedAssessmentWaitsOutItsCommentPeriodIsReviewedByEveryMemberAndIsRemindedFiveYearsOn() throws Exception {
        ProcessWalk review = start();
        assertThat(review.task(Tasks.DRAFT).getName()).isEqualTo("評価書の登録");
        review.complete(Tasks.DRAFT).complete(Tasks.CHECK, Map.of(Variables.CHECK_OUTCOME, "ACCEPTED"))
                .complete(Tasks.COMMENT_START, Map.of(Variables.COMMENT_ENDS_AT, COMMENT_ENDS.toString()));

        assertThat(review.openTaskKeys()).as("nothing to do while residents may comment").isEmpty();
        assertThat(review.timerDueDate()).isEqualTo(COMMENT_ENDS);
        review.clockAt(COMMENT_ENDS.plusSeconds(60));
        review.complete(Tasks.COMMENT_RECORD).complete(Tasks.MEETING, Map.of(Variables.MEMBERS, List.of("iin-sato", "iin-suzuki")));
        List<Task> members = review.tasks(Tasks.MEMBER_REVIEW);
        assertThat(members).extracting(Task::getAssignee).containsExactlyInAnyOrder("iin-sato", "iin-suzuki");
        members.forEach(review::complete);
        review.complete(Tasks.RESULT).complete(Tasks.COMPLETION, Map.of(Variables.REEVALUATION_DUE_AT, REEVALUATION.toString()));

        assertThat(review.timerDueDate()).isEqualTo(REEVALUATION);
        review.clockAt(REEVALUATION.plusSeconds(60));
        verify(ConsultationSteps.delegate(engine, AssessmentWorkflow.REMIND_REEVALUATION)).execute(any());
        assertThat(review.hasEnded()).isTrue();
        assertThat(review.passedActivities()).containsExactly("assessmentStarted", "assessmentDraft", "assessmentCheck",
                "assessmentCommentStart", "commentPeriodEnds", "assessmentCommentRecord", "assessmentMeeting",
                "assessmentMemberReview", "assessmentMemberReview", "assessmentResult", "assessmentCompletion", "reevaluationDue",
                "remindReevaluation", "reevaluationReminded");
    }

    @Deployment(resources = MODEL)
    @Test
    void aReturnedAssessmentGoesBackToTheDepartmentAndIsCheckedAgain() {
        ProcessWalk review = start();
        review.complete(Tasks.DRAFT).complete(Tasks.CHECK, Map.of(Variables.CHECK_OUTCOME, "RETURNED"));
        assertThat(review.openTaskKeys()).containsExactly(Tasks.DRAFT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.task(Tasks.DRAFT).getId()))
                .extracting(link -> link.getGroupId()).as("back with the department").containsExactly("department-shimin");

        review.complete(Tasks.DRAFT).complete(Tasks.CHECK, Map.of(Variables.CHECK_OUTCOME, "ACCEPTED"));
        assertThat(review.openTaskKeys()).containsExactly(Tasks.COMMENT_START);
        assertThat(review.passedActivities()).containsExactly("assessmentStarted", "assessmentDraft", "assessmentCheck",
                "assessmentDraft", "assessmentCheck", "assessmentCommentStart");
        assertThat(review.variableHistory(Variables.CHECK_OUTCOME)).contains("ACCEPTED");
    }

    private ProcessWalk start() {
        return ProcessWalk.start(engine, AssessmentWorkflow.REVIEW_PROCESS, Map.of(Variables.REVIEW_ID, 3L,
                Variables.DEPARTMENT_CODE, "shimin"));
    }
}

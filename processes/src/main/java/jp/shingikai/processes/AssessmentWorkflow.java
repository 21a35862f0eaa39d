package jp.shingikai.processes;

/**
 * The names the 第三者点検 model ({@code processes/assessment/assessment-review.bpmn20.xml}) shares with the code that
 * drives it: 評価書の登録 (department) → 確認 (総務課, 差戻し loops back) → 意見聴取 for its period → 会議への付議 (事務局)
 * → 委員の確認 → 点検結果 (事務局) → 提出・公表 (department) → the 再評価 reminder five years on.
 */
public final class AssessmentWorkflow {

    public static final String REVIEW_PROCESS = "assessmentReview";

    private AssessmentWorkflow() {
    }

    /** User-task ids; each task's form is {@code forms/<formKey>.schema.json}. */
    public interface Tasks {
        String DRAFT = "assessmentDraft";
        String CHECK = "assessmentCheck";
        String COMMENT_START = "assessmentCommentStart";
        String COMMENT_RECORD = "assessmentCommentRecord";
        String MEETING = "assessmentMeeting";
        String MEMBER_REVIEW = "assessmentMemberReview";
        String RESULT = "assessmentResult";
        String COMPLETION = "assessmentCompletion";
    }

    /** The delegate bean of the service task. */
    public static final String REMIND_REEVALUATION = "remindReevaluationDelegate";

    /** Process-variable names. */
    public interface Variables {
        String REVIEW_ID = "assessmentReviewId";
        String DEPARTMENT_CODE = "departmentCode";
        /** ReviewOutcome of 総務課's check: the gateway reads it. */
        String CHECK_OUTCOME = "checkOutcome";
        /** When the 意見聴取 closes (ISO instant): the comment timer waits for it. */
        String COMMENT_ENDS_AT = "commentEndsAt";
        /** User names of the members of the meeting: the review's multi-instance collection. */
        String MEMBERS = "members";
        String MEMBER = "member";
        /** When the 再評価 falls due (ISO instant), five years after the 公表日. */
        String REEVALUATION_DUE_AT = "reevaluationDueAt";
    }
}

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
    public static final class Tasks {
        public static final String DRAFT = "assessmentDraft";
        public static final String CHECK = "assessmentCheck";
        public static final String COMMENT_START = "assessmentCommentStart";
        public static final String COMMENT_RECORD = "assessmentCommentRecord";
        public static final String MEETING = "assessmentMeeting";
        public static final String MEMBER_REVIEW = "assessmentMemberReview";
        public static final String RESULT = "assessmentResult";
        public static final String COMPLETION = "assessmentCompletion";

        private Tasks() {
        }
    }

    /** The delegate bean of the service task. */
    public static final String REMIND_REEVALUATION = "remindReevaluationDelegate";

    /** Process-variable names. */
    public static final class Variables {
        public static final String REVIEW_ID = "assessmentReviewId";
        public static final String DEPARTMENT_CODE = "departmentCode";
        /** ReviewOutcome of 総務課's check: the gateway reads it. */
        public static final String CHECK_OUTCOME = "checkOutcome";
        /** When the 意見聴取 closes (ISO instant): the comment timer waits for it. */
        public static final String COMMENT_ENDS_AT = "commentEndsAt";
        /** User names of the members of the meeting: the review's multi-instance collection. */
        public static final String MEMBERS = "members";
        public static final String MEMBER = "member";
        /** When the 再評価 falls due (ISO instant), five years after the 公表日. */
        public static final String REEVALUATION_DUE_AT = "reevaluationDueAt";

        private Variables() {
        }
    }
}

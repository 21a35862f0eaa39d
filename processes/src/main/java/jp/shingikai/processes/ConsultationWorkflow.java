package jp.shingikai.processes;

/**
 * Every name the BPMN and DMN models share with the code that drives them. The models under
 * {@code processes/consultation/} use exactly these strings; the engine-level tests keep the two in step.
 */
public final class ConsultationWorkflow {

    /** 諮問: from the department's draft to the closed implementation report. */
    public static final String CONSULTATION_PROCESS = "consultation";
    /** 報告: an implementation report called from a consultation, or an after-the-fact report on its own. */
    public static final String REPORT_PROCESS = "report";
    /** Which 意見を聴く項目 apply to a draft, with the article each cites. */
    public static final String GROUNDS_DECISION = "consultationGrounds";
    /** Picks the rule set in force for a municipality on a reference date. */
    public static final String RULE_SET_DECISION = "groundRuleSet";

    private ConsultationWorkflow() {
    }

    /** User-task ids; each task's form is {@code forms/<formKey>.schema.json}. */
    public static final class Tasks {
        public static final String DRAFT = "draft";
        public static final String SUPERVISOR_REVIEW = "supervisorReview";
        public static final String FORMAL_REVIEW = "formalReview";
        public static final String MEETING_ASSIGNMENT = "meetingAssignment";
        public static final String MEMBER_REVIEW = "memberReview";
        public static final String ANSWER_QUESTION = "answerQuestion";
        public static final String RECORD_ANSWER = "recordAnswer";
        public static final String REGISTRY_UPDATE = "registryUpdate";
        public static final String REPORT_DRAFT = "reportDraft";
        public static final String REPORT_REVIEW = "reportReview";
        public static final String REPORT_ASSIGNMENT = "reportAssignment";

        private Tasks() {
        }
    }

    /** Process-variable names. */
    public static final class Variables {
        public static final String CASE_ID = "caseId";
        public static final String DEPARTMENT_CODE = "departmentCode";
        public static final String SUPERVISOR_REVIEW_REQUIRED = "supervisorReviewRequired";
        public static final String SUPERVISOR_OUTCOME = "supervisorOutcome";
        public static final String FORMAL_REVIEW_OUTCOME = "formalReviewOutcome";
        public static final String MEETING_ID = "meetingId";
        /** Ids of the members who review the papers: the multi-instance collection. */
        public static final String MEMBERS = "members";
        /** The member of one review instance. */
        public static final String MEMBER = "member";
        /** ISO-8601 date-time at which members who have not reviewed are reminded. */
        public static final String REMINDER_AT = "reminderAt";
        public static final String ANSWER_OUTCOME = "answerOutcome";
        /** ISO-8601 duration from the registry update to the implementation report being due. */
        public static final String REPORT_DUE_AFTER = "reportDueAfter";
        public static final String REPORT_KIND = "reportKind";
        public static final String REPORT_ID = "reportId";
        public static final String REPORT_REVIEW_OUTCOME = "reportReviewOutcome";
        public static final String QUESTION_ID = "questionId";

        private Variables() {
        }
    }

    /** Message names. */
    public static final class Messages {
        /** The meeting the case or report is on has been held. */
        public static final String MEETING_HELD = "meetingHeld";
        /** 取下げ: the department withdraws the consultation before its meeting. */
        public static final String WITHDRAWAL = "withdrawal";
        /** 事前質問: a member asks the department a question before the meeting. */
        public static final String PRE_MEETING_QUESTION = "preMeetingQuestion";

        private Messages() {
        }
    }

    /** Bean names of the service-task delegates ({@code flowable:delegateExpression}). */
    public static final class Delegates {
        public static final String PREPARE_HANDOUTS = "prepareHandoutsDelegate";
        public static final String REMIND_MEMBERS = "remindMembersDelegate";
        public static final String PREPARE_ANSWER_DOCUMENT = "prepareAnswerDocumentDelegate";

        private Delegates() {
        }
    }

    /** Candidate groups of the user tasks. */
    public static final class Groups {
        public static final String GENERAL_AFFAIRS = "soumu";
        public static final String SECRETARIAT = "secretariat";

        public static String department(String departmentCode) {
            return "department-" + departmentCode;
        }

        public static String supervisor(String departmentCode) {
            return "supervisor-" + departmentCode;
        }

        private Groups() {
        }
    }
}

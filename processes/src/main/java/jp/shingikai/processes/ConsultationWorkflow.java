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
    public interface Tasks {
        String DRAFT = "draft";
        String SUPERVISOR_REVIEW = "supervisorReview";
        String FORMAL_REVIEW = "formalReview";
        String MEETING_ASSIGNMENT = "meetingAssignment";
        String MEMBER_REVIEW = "memberReview";
        String ANSWER_QUESTION = "answerQuestion";
        String RECORD_ANSWER = "recordAnswer";
        String REGISTRY_UPDATE = "registryUpdate";
        String REPORT_DRAFT = "reportDraft";
        String REPORT_REVIEW = "reportReview";
        String REPORT_ASSIGNMENT = "reportAssignment";
    }

    /** Process-variable names. */
    public interface Variables {
        String CASE_ID = "caseId";
        String DEPARTMENT_CODE = "departmentCode";
        String SUPERVISOR_REVIEW_REQUIRED = "supervisorReviewRequired";
        String SUPERVISOR_OUTCOME = "supervisorOutcome";
        String FORMAL_REVIEW_OUTCOME = "formalReviewOutcome";
        String MEETING_ID = "meetingId";
        /** Ids of the members who review the papers: the multi-instance collection. */
        String MEMBERS = "members";
        /** The member of one review instance. */
        String MEMBER = "member";
        /** ISO-8601 date-time at which members who have not reviewed are reminded. */
        String REMINDER_AT = "reminderAt";
        String ANSWER_OUTCOME = "answerOutcome";
        /** ISO-8601 duration from the registry update to the implementation report being due. */
        String REPORT_DUE_AFTER = "reportDueAfter";
        String REPORT_KIND = "reportKind";
        String REPORT_ID = "reportId";
        String REPORT_REVIEW_OUTCOME = "reportReviewOutcome";
        String QUESTION_ID = "questionId";
    }

    /** Message names. */
    public interface Messages {
        /** The meeting the case or report is on has been held. */
        String MEETING_HELD = "meetingHeld";
        /** 取下げ: the department withdraws the consultation before its meeting. */
        String WITHDRAWAL = "withdrawal";
        /** 事前質問: a member asks the department a question before the meeting. */
        String PRE_MEETING_QUESTION = "preMeetingQuestion";
    }

    /** Bean names of the service-task delegates ({@code flowable:delegateExpression}). */
    public interface Delegates {
        String PREPARE_HANDOUTS = "prepareHandoutsDelegate";
        String REMIND_MEMBERS = "remindMembersDelegate";
        String PREPARE_ANSWER_DOCUMENT = "prepareAnswerDocumentDelegate";
    }

    /** Candidate groups of the user tasks. */
    public interface Groups {
        String GENERAL_AFFAIRS = "soumu";
        String SECRETARIAT = "secretariat";

        static String department(String departmentCode) {
            return "department-" + departmentCode;
        }

        static String supervisor(String departmentCode) {
            return "supervisor-" + departmentCode;
        }
    }
}

package jp.shingikai.processes;

import static jp.shingikai.processes.ConsultationWorkflow.Delegates;
import static jp.shingikai.processes.ConsultationWorkflow.Messages;
import static jp.shingikai.processes.ConsultationWorkflow.Tasks;
import static jp.shingikai.processes.ConsultationWorkflow.Variables;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.mockito.Mockito;

/** The steps people take on a consultation, as the application performs them on the engine. */
final class ConsultationSteps {

    static final String DEPARTMENT = "kankyo-shigen";
    static final List<String> MEMBERS = List.of("member-sato", "member-suzuki", "member-takahashi");
    /** The Kodaira 第3回 meeting: 令和4年3月15日 午後5時30分. */
    static final Instant MEETING_AT = Instant.parse("2022-03-15T08:30:00Z");
    static final Instant REMINDER_AT = Instant.parse("2022-03-12T00:00:00Z");
    static final Instant DRAFTED_AT = Instant.parse("2022-03-01T00:00:00Z");

    private ConsultationSteps() {
    }

    static ProcessWalk startConsultation(ProcessEngine engine, boolean supervisorReviewRequired) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(java.util.Date.from(DRAFTED_AT));
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, 1L);
        variables.put(Variables.DEPARTMENT_CODE, DEPARTMENT);
        variables.put(Variables.SUPERVISOR_REVIEW_REQUIRED, supervisorReviewRequired);
        variables.put(Variables.REPORT_DUE_AFTER, "P90D");
        return ProcessWalk.start(engine, ConsultationWorkflow.CONSULTATION_PROCESS, variables);
    }

    static void formalReview(ProcessWalk walk, ReviewOutcome outcome) {
        walk.complete(Tasks.FORMAL_REVIEW, Map.of(Variables.FORMAL_REVIEW_OUTCOME, outcome.name()));
    }

    static void assignMeeting(ProcessWalk walk, long meetingId) {
        walk.complete(Tasks.MEETING_ASSIGNMENT, Map.of(Variables.MEETING_ID, meetingId, Variables.MEMBERS, MEMBERS,
                Variables.REMINDER_AT, REMINDER_AT.toString()));
    }

    static void everyMemberReviews(ProcessWalk walk) {
        walk.tasks(Tasks.MEMBER_REVIEW).forEach(task -> walk.complete(task));
    }

    static void meetingHeld(ProcessWalk walk) {
        walk.message(Messages.MEETING_HELD, Map.of());
    }

    static void recordAnswer(ProcessWalk walk, AnswerOutcome outcome) {
        walk.complete(Tasks.RECORD_ANSWER, Map.of(Variables.ANSWER_OUTCOME, outcome.name()));
    }

    /** From a submitted draft to the answer being recorded, with every member reviewing before the meeting. */
    static void throughFirstMeeting(ProcessWalk walk, AnswerOutcome outcome) {
        walk.complete(Tasks.DRAFT);
        formalReview(walk, ReviewOutcome.ACCEPTED);
        assignMeeting(walk, 3L);
        everyMemberReviews(walk);
        meetingHeld(walk);
        recordAnswer(walk, outcome);
    }

    static JavaDelegate delegate(ProcessEngine engine, String beanName) {
        return (JavaDelegate) engine.getProcessEngineConfiguration().getBeans().get(beanName);
    }

    static void resetDelegates(ProcessEngine engine) {
        for (String bean : List.of(Delegates.PREPARE_HANDOUTS, Delegates.REMIND_MEMBERS, Delegates.PREPARE_ANSWER_DOCUMENT,
                AssessmentWorkflow.REMIND_REEVALUATION)) {
            Mockito.reset(delegate(engine, bean));
        }
    }
}

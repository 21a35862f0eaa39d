package jp.shingikai.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import org.junit.jupiter.api.Test;

/** When a step is due: its deadline in 開庁日, or its meeting's day, whichever comes first. */
class StepDeadlinesTest {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final LocalDate MEETING_DAY = LocalDate.of(2027, 1, 5);

    private final StepDeadlines deadlines = new StepDeadlines(new WorkflowProperties(Period.ofDays(90), 3, LocalTime.of(9, 0),
            JAPAN, new WorkflowProperties.Deadlines(5, 10, 3, 5, 5)));

    @Test
    void aFormalReviewOpenedBeforeTheYearEndIsDueFiveOpenDaysLater() {
        // Opened on Friday 12/25: 12/28, then 1/4, 1/5, 1/6 and 1/7 are the five 開庁日.
        assertThat(deadlines.due(step(Tasks.FORMAL_REVIEW, LocalDate.of(2026, 12, 25), null), meeting -> MEETING_DAY))
                .contains(LocalDate.of(2027, 1, 7));
    }

    @Test
    void anAnswerToAQuestionIsDueByTheMeetingAtTheLatest() {
        assertThat(deadlines.due(step(Tasks.ANSWER_QUESTION, LocalDate.of(2026, 12, 28), 7L), meeting -> MEETING_DAY))
                .as("three 開庁日 after 12/28 is 1/6, after the meeting").contains(MEETING_DAY);
        assertThat(deadlines.due(step(Tasks.ANSWER_QUESTION, LocalDate.of(2026, 12, 1), 7L), meeting -> MEETING_DAY))
                .contains(LocalDate.of(2026, 12, 4));
    }

    @Test
    void whatWaitsForAMeetingIsDueOnItsDayAndADraftHasNoDeadline() {
        assertThat(deadlines.due(step(Tasks.MEMBER_REVIEW, LocalDate.of(2026, 12, 1), 7L), meeting -> MEETING_DAY))
                .contains(MEETING_DAY);
        assertThat(deadlines.due(step(Tasks.DRAFT, LocalDate.of(2026, 12, 1), null), meeting -> MEETING_DAY)).isEmpty();
    }

    private static OpenStep step(String key, LocalDate opened, Long meetingId) {
        Instant created = opened.atTime(10, 0).atZone(JAPAN).toInstant();
        return new OpenStep("task-1", "process-1", key, key, key, created, new CaseVariables(1L, null, meetingId, null, null), null);
    }
}

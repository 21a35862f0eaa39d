package jp.shingikai.app.workflow;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.OptionalInt;

import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.processes.MinutesWorkflow;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of the consultation workflow.
 *
 * @param reportDueAfter      from the registry update to the implementation report being due (実施報告期限)
 * @param reminderDaysBefore  how many days before the meeting members who have not reviewed are reminded
 * @param reminderTime        the time of day the reminder goes out
 * @param zone                the council's time zone
 * @param deadlines           the service-level deadlines of the steps no meeting sets a date for, in 開庁日
 */
@ConfigurationProperties("shingikai.workflow")
public record WorkflowProperties(
        @DefaultValue("P90D") Period reportDueAfter,
        @DefaultValue("3") int reminderDaysBefore,
        @DefaultValue("09:00") LocalTime reminderTime,
        @DefaultValue("Asia/Tokyo") ZoneId zone,
        @DefaultValue Deadlines deadlines) {

    /**
     * 開庁日 from the day a step opens to the day it is due.
     *
     * @param formalReview      形式審査 by 総務課
     * @param meetingAssignment 会議割当 by the secretariat, for a consultation or a report
     * @param questionAnswer    the department's answer to a 事前質問 (never later than the meeting)
     * @param reportReview      報告内容確認 by 総務課
     * @param minutesConfirmation 会議録確認 by each member who attended
     */
    public record Deadlines(@DefaultValue("5") int formalReview, @DefaultValue("10") int meetingAssignment,
            @DefaultValue("3") int questionAnswer, @DefaultValue("5") int reportReview,
            @DefaultValue("5") int minutesConfirmation) {

        /** The deadline of this task in 開庁日, or none for a step a meeting or a person's own draft sets. */
        OptionalInt forTask(String taskKey) {
            return switch (taskKey) {
                case Tasks.FORMAL_REVIEW -> OptionalInt.of(formalReview);
                case Tasks.MEETING_ASSIGNMENT, Tasks.REPORT_ASSIGNMENT -> OptionalInt.of(meetingAssignment);
                case Tasks.ANSWER_QUESTION -> OptionalInt.of(questionAnswer);
                case Tasks.REPORT_REVIEW -> OptionalInt.of(reportReview);
                case MinutesWorkflow.Tasks.CONFIRMATION -> OptionalInt.of(minutesConfirmation);
                default -> OptionalInt.empty();
            };
        }
    }
}

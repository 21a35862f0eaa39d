package jp.shingikai.app.workflow;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of the consultation workflow.
 *
 * @param reportDueAfter      from the registry update to the implementation report being due (実施報告期限)
 * @param reminderDaysBefore  how many days before the meeting members who have not reviewed are reminded
 * @param reminderTime        the time of day the reminder goes out
 * @param zone                the council's time zone
 */
@ConfigurationProperties("shingikai.workflow")
public record WorkflowProperties(
        @DefaultValue("P90D") Period reportDueAfter,
        @DefaultValue("3") int reminderDaysBefore,
        @DefaultValue("09:00") LocalTime reminderTime,
        @DefaultValue("Asia/Tokyo") ZoneId zone) {
}

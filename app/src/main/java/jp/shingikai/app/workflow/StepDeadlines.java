package jp.shingikai.app.workflow;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongFunction;

import jp.shingikai.japanese.OpenDays;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * When a step is due: the service-level deadline in 開庁日 from the day it opened (形式審査, 会議割当, 事前質問への回答,
 * 報告内容確認), and what waits for a meeting on the meeting's day, whichever comes first.
 */
@Component
@RequiredArgsConstructor
public class StepDeadlines {

    private final WorkflowProperties properties;
    private final OpenDays openDays = new OpenDays();

    /** @param meetingDay the day of a meeting, by its id */
    public Optional<LocalDate> due(OpenStep step, LongFunction<LocalDate> meetingDay) {
        LocalDate meeting = step.subject().meetingId() == null ? null : meetingDay.apply(step.subject().meetingId());
        OptionalInt days = properties.deadlines().forTask(step.key());
        if (days.isEmpty()) {
            return Optional.ofNullable(meeting);
        }
        LocalDate deadline = openDays.after(step.createdAt().atZone(properties.zone()).toLocalDate(), days.getAsInt());
        return Optional.of(meeting != null && meeting.isBefore(deadline) ? meeting : deadline);
    }
}

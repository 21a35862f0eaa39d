package jp.shingikai.app.meetings;

import java.util.List;
import java.util.Map;

import jp.shingikai.forms.SchemaForm;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The meetings a case can be put on, as the choices of a form's meeting-select widget. */
@Component
@RequiredArgsConstructor
public class MeetingChoices {

    private final MeetingService meetings;

    /** Its council's meetings not yet held. */
    public Map<String, List<SchemaForm.Option>> forCouncil(long councilId) {
        return Map.of("meeting-select", meetings.meetings().stream()
                .filter(meeting -> meeting.councilId() == councilId && meeting.status() == MeetingStatus.PLANNED)
                .map(meeting -> new SchemaForm.Option(Long.toString(meeting.id()), meeting.label() + "（" + meeting.when() + "）",
                        false))
                .toList());
    }
}

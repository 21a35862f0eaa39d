package jp.shingikai.app.minutes;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.MeetingRecordExcerpts;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.minutes.internal.MinutesRepository;
import jp.shingikai.app.minutes.internal.MinutesRepository.Version;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The 会議録 excerpt of a consultation's 議題: from the latest fixed version, never from a draft. */
@Component
@RequiredArgsConstructor
class MinutesExcerpts implements MeetingRecordExcerpts {

    private final MinutesRepository minutes;
    private final MeetingService meetings;

    @Override
    public Optional<String> excerpt(long meetingId, long consultationId) {
        Optional<AgendaItem> item = meetings.agenda(meetingId).stream()
                .filter(agenda -> agenda.subjectType() == SubjectType.CONSULTATION && agenda.subjectId() == consultationId)
                .findFirst();
        Optional<List<Version>> versions = minutes.forMeeting(meetingId).map(found -> minutes.versions(found.id()));
        if (item.isEmpty() || versions.isEmpty() || versions.get().isEmpty()) {
            return Optional.empty();
        }
        List<Version> fixed = versions.get();
        for (JsonNode row : fixed.get(fixed.size() - 1).content().path("items")) {
            if (row.path("handoutNumber").asInt() == item.get().handoutNumber()) {
                return Optional.of(text(row)).filter(text -> !text.isBlank());
            }
        }
        return Optional.empty();
    }

    /** 発言 as 「発言者：内容」 lines, or the 要旨. */
    private static String text(JsonNode item) {
        StringBuilder text = new StringBuilder();
        item.path("statements").forEach(statement -> text.append(statement.path("speaker").asText()).append("：")
                .append(statement.path("text").asText()).append('\n'));
        if (item.hasNonNull("summary")) {
            text.append(item.path("summary").asText());
        }
        return text.toString().strip();
    }
}

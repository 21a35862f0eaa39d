package jp.shingikai.app.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.cases.Answer;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Attendance;
import jp.shingikai.app.meetings.Attendance.MemberAttendance;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingAttendance;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.MeetingStatus;
import jp.shingikai.app.meetings.Quorum;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * What a 会議録 starts from: the meeting's 名称, 日時, 場所, who attended and who did not, who presided, the 事務局 and
 * 説明者, and each 議題 with its 資料 number, its outcome and 答申番号.
 */
@Component
@RequiredArgsConstructor
class MinutesDraft {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final MeetingService meetings;
    private final MeetingAttendance attendance;
    private final CouncilDirectory councils;
    private final ConsultationService consultations;

    /**
     * @param attendingMembers the user names of those who confirm the minutes
     * @param chair            the user name of who fixes them
     */
    record Prefilled(long councilId, String title, ObjectNode header, ObjectNode content, List<String> attendingMembers,
            String chair) {
    }

    Prefilled prefill(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (meeting.status() != MeetingStatus.HELD) {
            throw new StateConflictException("会議録は、会議の開催を記録してから作成します。");
        }
        Attendance recorded = attendance.attendance(meetingId)
                .orElseThrow(() -> new StateConflictException("この会議の出欠が記録されていないため、会議録を作成できません。"));
        Council council = councils.council(meeting.councilId());
        Map<Long, CouncilMember> members = meetings.members(meetingId).stream()
                .collect(Collectors.toMap(CouncilMember::id, Function.identity()));
        ObjectNode header = JSON.objectNode();
        header.put("name", council.name() + " " + meeting.label());
        header.put("when", meeting.when());
        header.put("place", meeting.place());
        ArrayNode attending = header.putArray("attending");
        ArrayNode absent = header.putArray("absent");
        List<String> confirming = new ArrayList<>();
        for (MemberAttendance member : recorded.members()) {
            CouncilMember who = members.get(member.memberId());
            ObjectNode row = (member.status().attended() ? attending : absent).addObject().put("username", who.username())
                    .put("name", who.name()).put("title", who.title()).put("status", member.status().label());
            if (member.note() != null) {
                row.put("note", member.note());
            }
            if (member.status().attended()) {
                confirming.add(who.username());
            }
        }
        CouncilMember chair = members.get(recorded.presidedBy());
        header.putObject("chair").put("username", chair.username()).put("name", chair.name())
                .put("role", recorded.presidingRole().label());
        recorded.secretariat().forEach(header.putArray("secretariat")::add);
        recorded.explainers().forEach(header.putArray("explainers")::add);
        header.put("publicAttendees", recorded.publicAttendees());
        Quorum quorum = attendance.quorum(meetingId);
        header.put("quorum", "出席 " + quorum.attending() + "人（定足数 " + quorum.rule() + "）");
        ObjectNode content = JSON.objectNode().put("form", "FULL");
        ArrayNode items = content.putArray("items");
        for (AgendaItem item : meetings.agenda(meetingId)) {
            ObjectNode row = items.addObject().put("handoutNumber", item.handoutNumber()).put("title", item.title());
            if (item.subjectType() == SubjectType.REPORT) {
                row.put("outcome", "報告");
            } else if (item.subjectType() == SubjectType.ASSESSMENT) {
                row.put("outcome", "第三者点検");
            } else {
                consultations.answers(item.subjectId()).stream().filter(answer -> answer.meetingId() == meetingId)
                        .reduce((first, second) -> second).ifPresent(answer -> outcome(row, answer));
            }
        }
        return new Prefilled(council.id(), meeting.label() + " 会議録", header, content, confirming, chair.username());
    }

    private static void outcome(ObjectNode row, Answer answer) {
        row.put("outcome", answer.outcome().label());
        if (!answer.answerNumber().isEmpty()) {
            row.put("answerNumber", answer.answerNumber());
        }
    }

}

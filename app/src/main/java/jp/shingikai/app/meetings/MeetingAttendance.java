package jp.shingikai.app.meetings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.meetings.Attendance.ItemAbsence;
import jp.shingikai.app.meetings.Attendance.MemberAttendance;
import jp.shingikai.app.meetings.Attendance.PresidingRole;
import jp.shingikai.app.meetings.internal.AttendanceRepository;
import jp.shingikai.app.meetings.internal.MeetingRepository;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.forms.FieldError;
import jp.shingikai.japanese.JapaneseText;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 出席・欠席 and 定足数: the secretariat records who attended a meeting and who was not there for which 議題; a meeting
 * is held, and an item answered, only with its council's quorum.
 */
@Service
@RequiredArgsConstructor
public class MeetingAttendance {

    private static final String CHAIR_TITLE = "会長";

    private final AttendanceRepository attendance;
    private final MeetingRepository meetings;
    private final CouncilDirectory councils;

    /** Records (or corrects, until the meeting is held) the attendance; a record that contradicts itself is refused. */
    @Transactional
    public Attendance record(CurrentUser actor, long meetingId, Attendance input) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("出欠の記録は事務局が行います。");
        }
        Meeting meeting = meeting(meetingId);
        if (meeting.status() == MeetingStatus.HELD) {
            throw new StateConflictException(meeting.label() + "は開催済みとして記録されているため、出欠は変更できません。");
        }
        Attendance cleaned = clean(input);
        List<FieldError> errors = contradictions(meetingId, cleaned);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        attendance.replace(meetingId, cleaned, OffsetDateTime.now());
        return cleaned;
    }

    public Optional<Attendance> attendance(long meetingId) {
        meeting(meetingId);
        return attendance.find(meetingId);
    }

    /** The quorum at the meeting's opening: the members who attended, against the council's rule. */
    public Quorum quorum(long meetingId) {
        return quorum(meeting(meetingId), attending(attendance.find(meetingId)));
    }

    /** The quorum for one 議題: the members who attended, less those who left the room for it or were excluded. */
    public Quorum quorumFor(long meetingId, SubjectType subjectType, long subjectId) {
        Meeting meeting = meeting(meetingId);
        Optional<Attendance> recorded = attendance.find(meetingId);
        Set<Long> present = attending(recorded);
        meetings.agendaItem(meetingId, subjectType, subjectId).ifPresent(item -> recorded.ifPresent(found -> found.itemAbsences()
                .stream().filter(absence -> absence.handoutNumber() == item.handoutNumber())
                .forEach(absence -> present.remove(absence.memberId()))));
        return quorum(meeting, present);
    }

    private Quorum quorum(Meeting meeting, Set<Long> present) {
        Council council = councils.council(meeting.councilId());
        int members = councils.members(council.id()).size();
        return new Quorum(council.quorumRule().describe(members, council.quorumCount()),
                council.quorumRule().required(members, council.quorumCount()), present.size());
    }

    private static Set<Long> attending(Optional<Attendance> recorded) {
        return recorded.map(found -> found.members().stream()
                .filter(member -> member.status().attended()).map(MemberAttendance::memberId)
                .collect(Collectors.toCollection(HashSet::new))).orElseGet(HashSet::new);
    }

    private static Attendance clean(Attendance input) {
        return new Attendance(input.members() == null ? List.of() : input.members().stream()
                        .map(member -> new MemberAttendance(member.memberId(), member.status(), blankToNull(member.note()))).toList(),
                input.presidedBy(), input.presidingRole(), input.itemAbsences() == null ? List.of() : input.itemAbsences(),
                names(input.secretariat()), names(input.explainers()), input.publicAttendees());
    }

    /** Everything that makes the record contradict itself or the meeting, each as an error beside its field. */
    private List<FieldError> contradictions(long meetingId, Attendance record) {
        Map<Long, CouncilMember> sitting = councils.membersByIds(meetings.memberIds(meetingId)).stream()
                .collect(Collectors.toMap(CouncilMember::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<Long> recorded = new HashSet<>();
        Set<Long> attended = new HashSet<>();
        for (int i = 0; i < record.members().size(); i++) {
            MemberAttendance member = record.members().get(i);
            String field = "/members/" + i;
            if (!sitting.containsKey(member.memberId())) {
                errors.add(error(field + "/memberId", "委員", "この会議の委員ではない人が含まれています。"));
            } else if (!recorded.add(member.memberId())) {
                errors.add(error(field + "/memberId", "委員", "「" + sitting.get(member.memberId()).name() + "」の出欠が二度記録されています。"));
            } else if (member.status() == null) {
                errors.add(error(field + "/status", "出欠", "「" + sitting.get(member.memberId()).name() + "」の出欠を選んでください。"));
            } else if (member.status().attended()) {
                attended.add(member.memberId());
            }
        }
        sitting.values().stream().filter(member -> !recorded.contains(member.id())).forEach(member ->
                errors.add(error("/members", "出欠", "「" + member.name() + "」の出欠が記録されていません。")));
        presiding(record, sitting, attended, errors);
        Set<Integer> handouts = meetings.agenda(meetingId).stream().map(AgendaItem::handoutNumber).collect(Collectors.toSet());
        for (int i = 0; i < record.itemAbsences().size(); i++) {
            ItemAbsence absence = record.itemAbsences().get(i);
            String field = "/itemAbsences/" + i;
            if (!handouts.contains(absence.handoutNumber())) {
                errors.add(error(field + "/handoutNumber", "議題", "資料" + absence.handoutNumber() + "の議題はこの会議にありません。"));
            }
            if (!attended.contains(absence.memberId())) {
                errors.add(error(field + "/memberId", "委員", "出席していない委員の退席・除斥は記録できません。"));
            }
            if (absence.reason() == null) {
                errors.add(error(field + "/reason", "理由", "退席か除斥かを選んでください。"));
            }
        }
        if (record.publicAttendees() < 0) {
            errors.add(error("/publicAttendees", "傍聴者数", "「傍聴者数」は0以上の数で入力してください。"));
        }
        return errors;
    }

    /** The 会長 presides when present; the 職務代理者 only in the 会長's absence. */
    private static void presiding(Attendance record, Map<Long, CouncilMember> sitting, Set<Long> attended,
            List<FieldError> errors) {
        if (record.presidedBy() == null || record.presidingRole() == null) {
            errors.add(error("/presidedBy", "議長", "議長を務めた委員と、会長か職務代理者かを選んでください。"));
            return;
        }
        if (!attended.contains(record.presidedBy())) {
            errors.add(error("/presidedBy", "議長", "議長を務めた委員が出席になっていません。"));
            return;
        }
        boolean isChair = CHAIR_TITLE.equals(sitting.get(record.presidedBy()).title());
        boolean chairAttended = sitting.values().stream()
                .anyMatch(member -> CHAIR_TITLE.equals(member.title()) && attended.contains(member.id()));
        if (record.presidingRole() == PresidingRole.CHAIR && !isChair) {
            errors.add(error("/presidingRole", "議長", "会長でない委員が会長として記録されています。職務代理者を選んでください。"));
        } else if (record.presidingRole() == PresidingRole.ACTING_CHAIR && (isChair || chairAttended)) {
            errors.add(error("/presidingRole", "議長", "会長が出席しているときは、会長が議長を務めます。"));
        }
    }

    private Meeting meeting(long meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new NotFoundException("会議", meetingId));
    }

    private static FieldError error(String field, String label, String message) {
        return new FieldError(field, label, message, "attendance");
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream().map(JapaneseText::clean).filter(name -> !name.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        String cleaned = text == null ? "" : JapaneseText.clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }
}

package jp.shingikai.app.meetings.internal;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.meetings.Attendance;
import jp.shingikai.app.meetings.Attendance.AbsenceReason;
import jp.shingikai.app.meetings.Attendance.AttendanceStatus;
import jp.shingikai.app.meetings.Attendance.ItemAbsence;
import jp.shingikai.app.meetings.Attendance.MemberAttendance;
import jp.shingikai.app.meetings.Attendance.PresidingRole;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 出席・欠席 of meetings; recording it again replaces what was recorded. */
@Repository
@RequiredArgsConstructor
public class AttendanceRepository {

    private static final String LINES = "\n";

    private final JdbcClient jdbc;

    public void replace(long meetingId, Attendance attendance, OffsetDateTime at) {
        jdbc.sql("delete from meeting_attendance where meeting_id = ?").param(meetingId).update();
        jdbc.sql("delete from agenda_item_absence where meeting_id = ?").param(meetingId).update();
        for (MemberAttendance member : attendance.members()) {
            jdbc.sql("insert into meeting_attendance (meeting_id, member_id, status, note) values (?, ?, ?, ?)")
                    .params(meetingId, member.memberId(), member.status().name(), member.note()).update();
        }
        for (ItemAbsence absence : attendance.itemAbsences()) {
            jdbc.sql("insert into agenda_item_absence (meeting_id, handout_number, member_id, reason) values (?, ?, ?, ?)")
                    .params(meetingId, absence.handoutNumber(), absence.memberId(), absence.reason().name()).update();
        }
        jdbc.sql("update meeting set presided_by = ?, presiding_role = ?, secretariat_attendees = ?, explainers = ?,"
                        + " public_attendees = ?, attendance_recorded_at = ?, version = version + 1 where id = ?")
                .params(attendance.presidedBy(), attendance.presidingRole().name(), String.join(LINES, attendance.secretariat()),
                        String.join(LINES, attendance.explainers()), attendance.publicAttendees(), at, meetingId)
                .update();
    }

    public Optional<Attendance> find(long meetingId) {
        return jdbc.sql("select presided_by, presiding_role, secretariat_attendees, explainers, public_attendees from meeting"
                        + " where id = ? and attendance_recorded_at is not null")
                .param(meetingId)
                .query((rs, row) -> new Attendance(members(meetingId), rs.getObject("presided_by", Long.class),
                        PresidingRole.valueOf(rs.getString("presiding_role")), absences(meetingId),
                        lines(rs.getString("secretariat_attendees")), lines(rs.getString("explainers")),
                        rs.getInt("public_attendees")))
                .optional();
    }

    private List<MemberAttendance> members(long meetingId) {
        return jdbc.sql("select * from meeting_attendance where meeting_id = ? order by member_id").param(meetingId)
                .query((rs, row) -> new MemberAttendance(rs.getLong("member_id"), AttendanceStatus.valueOf(rs.getString("status")),
                        rs.getString("note")))
                .list();
    }

    private List<ItemAbsence> absences(long meetingId) {
        return jdbc.sql("select * from agenda_item_absence where meeting_id = ? order by handout_number, member_id")
                .param(meetingId)
                .query((rs, row) -> new ItemAbsence(rs.getInt("handout_number"), rs.getLong("member_id"),
                        AbsenceReason.valueOf(rs.getString("reason"))))
                .list();
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(LINES)).filter(line -> !line.isBlank()).toList();
    }
}

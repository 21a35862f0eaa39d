package jp.shingikai.app.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingStatus;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class MeetingRepository {

    private final JdbcClient jdbc;

    public long insert(long councilId, int fiscalYear, int number, LocalDate heldOn, LocalTime startsAt,
            String place, Integer publicSeats) {
        return Sql.insert(jdbc, "insert into meeting (council_id, fiscal_year, number, held_on, starts_at, place, status,"
                + " public_seats) values (?, ?, ?, ?, ?, ?, ?, ?)", councilId, fiscalYear, number, heldOn, startsAt, place,
                MeetingStatus.PLANNED.name(), publicSeats);
    }

    /** 傍聴定員, if the secretariat gave one. */
    public Optional<Integer> publicSeats(long meetingId) {
        return jdbc.sql("select public_seats from meeting where id = ?").param(meetingId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("public_seats", Integer.class))).single();
    }

    public Optional<String> shortNoticeReason(long meetingId) {
        return jdbc.sql("select notice_short_reason from meeting where id = ?").param(meetingId)
                .query((rs, row) -> Optional.ofNullable(rs.getString("notice_short_reason"))).single();
    }

    public boolean exists(long councilId, int fiscalYear, int number) {
        return jdbc.sql("select count(*) from meeting where council_id = ? and fiscal_year = ? and number = ?")
                .params(councilId, fiscalYear, number).query(Integer.class).single() > 0;
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("select * from meeting where id = ?").param(id).query(MeetingRepository::meeting).optional();
    }

    public List<Meeting> all() {
        return jdbc.sql("select * from meeting order by held_on desc, id desc").query(MeetingRepository::meeting).list();
    }

    /** Sets the status if the meeting is still at the version read; false when someone changed it meanwhile. */
    public boolean updateStatus(long id, int version, MeetingStatus status) {
        return jdbc.sql("update meeting set status = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), id, version).update() == 1;
    }

    public void markDistributed(long id, OffsetDateTime at) {
        jdbc.sql("update meeting set packet_distributed_at = ?, version = version + 1 where id = ?").params(at, id).update();
    }

    /** Renumbers the agenda: {@code order} lists the current 資料 numbers in their new order. */
    public void renumber(long meetingId, List<Integer> order) {
        jdbc.sql("select id from meeting where id = ? for update").param(meetingId).query(Long.class).single();
        // Through negative numbers first, so that no two items share a number on the way.
        jdbc.sql("update agenda_item set handout_number = -handout_number where meeting_id = ?").param(meetingId).update();
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update agenda_item set handout_number = ? where meeting_id = ? and handout_number = ?")
                    .params(i + 1, meetingId, -order.get(i)).update();
        }
    }

    public void addMember(long meetingId, long memberId) {
        jdbc.sql("insert into meeting_member (meeting_id, member_id) values (?, ?)").params(meetingId, memberId).update();
    }

    public List<Long> memberIds(long meetingId) {
        return jdbc.sql("select member_id from meeting_member where meeting_id = ? order by member_id").param(meetingId)
                .query(Long.class).list();
    }

    public List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("select * from agenda_item where meeting_id = ? order by handout_number").param(meetingId)
                .query((rs, row) -> new AgendaItem(rs.getLong("meeting_id"), rs.getInt("handout_number"),
                        SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"), rs.getString("title"),
                        rs.getBoolean("closed"), rs.getString("closed_reason")))
                .list();
    }

    public Optional<AgendaItem> agendaItem(long meetingId, SubjectType subjectType, long subjectId) {
        return agenda(meetingId).stream()
                .filter(item -> item.subjectType() == subjectType && item.subjectId() == subjectId).findFirst();
    }

    /** Puts the subject last on the agenda; the next 資料 number. Serialised by the meeting row's lock. */
    public AgendaItem append(long meetingId, SubjectType subjectType, long subjectId, String title) {
        jdbc.sql("select id from meeting where id = ? for update").param(meetingId).query(Long.class).single();
        int next = jdbc.sql("select coalesce(max(handout_number), 0) + 1 from agenda_item where meeting_id = ?")
                .param(meetingId).query(Integer.class).single();
        jdbc.sql("insert into agenda_item (meeting_id, handout_number, subject_type, subject_id, title) values (?, ?, ?, ?, ?)")
                .params(meetingId, next, subjectType.name(), subjectId, title).update();
        return new AgendaItem(meetingId, next, subjectType, subjectId, title, false, null);
    }

    /** 公開/非公開 of one 議題. */
    public boolean setOpenness(long meetingId, int handoutNumber, boolean closed, String reason) {
        return jdbc.sql("update agenda_item set closed = ?, closed_reason = ? where meeting_id = ? and handout_number = ?")
                .params(closed, reason, meetingId, handoutNumber).update() == 1;
    }

    /** The meetings of a council whose 開催案内 is public, the latest first. */
    public List<Long> withPublishedNotice(long councilId) {
        return jdbc.sql("select id from meeting where council_id = ? and notice_published_at is not null order by held_on desc, id desc")
                .param(councilId).query(Long.class).list();
    }

    public void publishNotice(long meetingId, OffsetDateTime at, String shortNoticeReason) {
        jdbc.sql("update meeting set notice_published_at = ?, notice_short_reason = ?, version = version + 1 where id = ?")
                .params(at, shortNoticeReason, meetingId).update();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getLong("council_id"), rs.getInt("fiscal_year"), rs.getInt("number"),
                rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                rs.getString("place"), MeetingStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                Sql.timestamp(rs, "packet_distributed_at"));
    }
}

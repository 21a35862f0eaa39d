package jp.shingikai.app.minutes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.minutes.Minutes;
import jp.shingikai.app.minutes.MinutesStatus;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 会議録, their members' confirmations and their fixed versions. */
@Repository
@RequiredArgsConstructor
public class MinutesRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public long insert(long councilId, long meetingId, String title, JsonNode header, JsonNode content, String createdBy) {
        OffsetDateTime now = OffsetDateTime.now();
        return Sql.insert(jdbc, "insert into minutes (council_id, meeting_id, title, status, header, content, created_by, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", councilId, meetingId, title, MinutesStatus.DRAFTING.name(),
                json.write(header), json.write(content), createdBy, now, now);
    }

    public Optional<Minutes> find(long id) {
        return jdbc.sql("select * from minutes where id = ?").param(id).query(this::minutes).optional();
    }

    public Optional<Minutes> forMeeting(long meetingId) {
        return jdbc.sql("select * from minutes where meeting_id = ?").param(meetingId).query(this::minutes).optional();
    }

    public List<Minutes> all() {
        return jdbc.sql("select * from minutes order by id desc").query(this::minutes).list();
    }

    public List<Long> publishedIds() {
        return jdbc.sql("select id from minutes where status = ? order by id").param(MinutesStatus.PUBLISHED.name())
                .query(Long.class).list();
    }

    public List<Minutes> published(long councilId) {
        return jdbc.sql("select * from minutes where council_id = ? and status = ? order by id desc")
                .params(councilId, MinutesStatus.PUBLISHED.name()).query(this::minutes).list();
    }

    public void setProcess(long id, String processInstanceId) {
        jdbc.sql("update minutes set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** Writes the content within a step, whose status change then checks and bumps the version. */
    public void writeContent(long id, JsonNode content) {
        jdbc.sql("update minutes set content = ?, updated_at = ? where id = ?").params(json.write(content), OffsetDateTime.now(), id)
                .update();
    }

    public boolean updateStatus(long id, int version, MinutesStatus status) {
        return jdbc.sql("update minutes set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), OffsetDateTime.now(), id, version).update() == 1;
    }

    public void insertConfirmation(long id, String member, String outcome, String comment) {
        jdbc.sql("insert into minutes_confirmation (minutes_id, member, outcome, comment, confirmed_at) values (?, ?, ?, ?, ?)")
                .params(id, member, outcome, comment, OffsetDateTime.now()).update();
    }

    public List<Confirmation> confirmations(long id) {
        return jdbc.sql("select * from minutes_confirmation where minutes_id = ? order by confirmed_at, member").param(id)
                .query((rs, row) -> new Confirmation(rs.getString("member"), rs.getString("outcome"), rs.getString("comment"),
                        Sql.timestamp(rs, "confirmed_at")))
                .list();
    }

    /** Adds the next fixed version; returns its number (1 for the 確定 itself). */
    public int addVersion(long id, JsonNode content, String reason, String fixedBy) {
        jdbc.sql("select id from minutes where id = ? for update").param(id).query(Long.class).single();
        int next = jdbc.sql("select coalesce(max(number), 0) + 1 from minutes_version where minutes_id = ?").param(id)
                .query(Integer.class).single();
        jdbc.sql("insert into minutes_version (minutes_id, number, content, reason, fixed_by, fixed_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, next, json.write(content), reason, fixedBy, OffsetDateTime.now()).update();
        return next;
    }

    public List<Version> versions(long id) {
        return jdbc.sql("select * from minutes_version where minutes_id = ? order by number").param(id)
                .query((rs, row) -> new Version(rs.getInt("number"), json.read(rs.getString("content")), rs.getString("reason"),
                        rs.getString("fixed_by"), Sql.timestamp(rs, "fixed_at")))
                .list();
    }

    private Minutes minutes(ResultSet rs, int row) throws SQLException {
        return new Minutes(rs.getLong("id"), rs.getLong("council_id"), rs.getLong("meeting_id"), rs.getString("title"),
                MinutesStatus.valueOf(rs.getString("status")), json.read(rs.getString("header")), json.read(rs.getString("content")),
                rs.getString("process_instance_id"), rs.getString("created_by"), Sql.timestamp(rs, "created_at"),
                Sql.timestamp(rs, "updated_at"), rs.getInt("version"));
    }

    /** A member's confirmation: CONFIRMED, or COMMENTED with the comment. */
    public record Confirmation(String member, String outcome, String comment, OffsetDateTime confirmedAt) {
    }

    /** One fixed version; {@code reason} says why a correction was made (none for the 確定 itself). */
    public record Version(int number, JsonNode content, String reason, String fixedBy, OffsetDateTime fixedAt) {
    }
}

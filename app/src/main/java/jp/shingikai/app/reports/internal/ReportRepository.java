package jp.shingikai.app.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.reports.ReportStatus;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import jp.shingikai.processes.ReportKind;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class ReportRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public long insert(long councilId, String departmentCode, ReportKind kind, Long consultationId, JsonNode content,
            String processInstanceId, String createdBy) {
        OffsetDateTime now = OffsetDateTime.now();
        return Sql.insert(jdbc, "insert into report (council_id, department_code, kind, consultation_id, title, content, status,"
                        + " process_instance_id, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                councilId, departmentCode, kind.name(), consultationId, content.path("title").asText(""), json.write(content),
                ReportStatus.DRAFT.name(), processInstanceId, createdBy, now, now);
    }

    public void setProcess(long id, String processInstanceId) {
        jdbc.sql("update report set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    public Optional<Report> find(long id) {
        return jdbc.sql("select * from report where id = ?").param(id).query(this::report).optional();
    }

    public Optional<Report> forProcess(String processInstanceId) {
        return jdbc.sql("select * from report where process_instance_id = ?").param(processInstanceId).query(this::report)
                .optional();
    }

    public List<Report> all() {
        return jdbc.sql("select * from report order by id desc").query(this::report).list();
    }

    public List<Report> onMeeting(long meetingId, ReportStatus status) {
        return jdbc.sql("select * from report where meeting_id = ? and status = ?").params(meetingId, status.name())
                .query(this::report).list();
    }

    public boolean updateContent(long id, int version, JsonNode content) {
        return jdbc.sql("update report set title = ?, content = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(content.path("title").asText(""), json.write(content), OffsetDateTime.now(), id, version).update() == 1;
    }

    public boolean updateStatus(long id, int version, ReportStatus status) {
        return jdbc.sql("update report set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), OffsetDateTime.now(), id, version).update() == 1;
    }

    public void setMeeting(long id, long meetingId) {
        jdbc.sql("update report set meeting_id = ? where id = ?").params(meetingId, id).update();
    }

    private Report report(ResultSet rs, int row) throws SQLException {
        return new Report(rs.getLong("id"), rs.getLong("council_id"), rs.getString("department_code"),
                ReportKind.valueOf(rs.getString("kind")), rs.getObject("consultation_id", Long.class), rs.getString("title"),
                json.read(rs.getString("content")), ReportStatus.valueOf(rs.getString("status")),
                rs.getObject("meeting_id", Long.class), rs.getString("process_instance_id"), rs.getString("created_by"),
                Sql.timestamp(rs, "created_at"), Sql.timestamp(rs, "updated_at"), rs.getInt("version"));
    }

}

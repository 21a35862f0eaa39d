package jp.shingikai.app.cases;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import jp.shingikai.app.system.SubjectType;

/** The change history of consultations and reports: who did what when, and the state it left. Append-only. */
@Component
public class CaseHistory {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    CaseHistory(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(SubjectType subjectType, long subjectId, String action, String actor, String statusAfter, Object details) {
        jdbc.sql("insert into case_history (subject_type, subject_id, action, actor, occurred_at, status_after, details)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(subjectType.name(), subjectId, action, actor, OffsetDateTime.now(), statusAfter, json.write(details)).update();
    }

    public List<Entry> entries(SubjectType subjectType, long subjectId) {
        return jdbc.sql("select * from case_history where subject_type = ? and subject_id = ? order by id")
                .params(subjectType.name(), subjectId)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("action"), rs.getString("actor"),
                        Sql.timestamp(rs, "occurred_at"), rs.getString("status_after"), json.read(rs.getString("details"))))
                .list();
    }

    /** One change; details hold what changed (the draft as saved, the reasons for a return, the answer…). */
    public record Entry(long id, String action, String actor, OffsetDateTime occurredAt, String statusAfter, JsonNode details) {
    }
}

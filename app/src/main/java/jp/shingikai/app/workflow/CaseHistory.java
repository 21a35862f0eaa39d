package jp.shingikai.app.workflow;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The change history of every case: who did what when, and the state it left. Append-only. */
@Component
@RequiredArgsConstructor
public class CaseHistory {

    /** Who the history names for what the workflow does by itself. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final ApplicationEventPublisher events;

    /** Records a change, and announces it in the same transaction. */
    void record(SubjectType subjectType, long subjectId, HistoryAction action, String actor, CaseStatus statusAfter,
            Object details) {
        jdbc.sql("insert into case_history (subject_type, subject_id, action, actor, occurred_at, status_after, details)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(subjectType.name(), subjectId, action.name(), actor, OffsetDateTime.now(), statusAfter.name(),
                        json.write(details))
                .update();
        events.publishEvent(new HistoryRecorded(subjectType, subjectId, action, actor, statusAfter.name(), statusAfter.label()));
    }

    public List<Entry> entries(SubjectType subjectType, long subjectId) {
        return jdbc.sql("select * from case_history where subject_type = ? and subject_id = ? order by id")
                .params(subjectType.name(), subjectId)
                .query((rs, row) -> new Entry(rs.getLong("id"), HistoryAction.valueOf(rs.getString("action")),
                        rs.getString("actor"), Sql.timestamp(rs, "occurred_at"), rs.getString("status_after"),
                        json.read(rs.getString("details"))))
                .list();
    }

    /** One change; details hold what changed (the draft as saved, the reasons for a return, the answer…). */
    public record Entry(long id, HistoryAction action, String actor, OffsetDateTime occurredAt, String statusAfter,
            JsonNode details) {

        public String actionLabel() {
            return action.label();
        }
    }
}

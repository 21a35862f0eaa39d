package jp.shingikai.app.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.system.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The change history of consultations and reports: who did what when, and the state it left. Append-only. */
@Component
public class CaseHistory {

    private static final Map<String, String> ACTION_LABELS = Map.ofEntries(
            Map.entry("CREATED", "起案"), Map.entry("EDITED", "修正"), Map.entry("SUBMITTED", "提出"),
            Map.entry("SUPERVISOR_CONFIRMED", "所属長確認"), Map.entry("RETURNED", "差戻し"), Map.entry("ACCEPTED", "受理"),
            Map.entry("ASSIGNED", "会議への割当"), Map.entry("HANDOUTS_PREPARED", "資料作成"),
            Map.entry("DOCUMENTS_FAILED", "資料作成の失敗"), Map.entry("MEMBER_REVIEWED", "委員の事前確認"),
            Map.entry("MEMBERS_REMINDED", "委員への確認依頼"), Map.entry("QUESTION_ASKED", "事前質問"),
            Map.entry("QUESTION_ANSWERED", "事前質問への回答"), Map.entry("DELIBERATED", "審議"),
            Map.entry("ANSWER_RECORDED", "答申の記録"), Map.entry("ANSWER_DOCUMENT_DUE", "答申書の作成"),
            Map.entry("REGISTRY_FILED", "登録簿の更新"), Map.entry("WITHDRAWN", "取下げ"), Map.entry("PRESENTED", "報告"),
            Map.entry("REPORT_STARTED", "実施報告の開始"));

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final ApplicationEventPublisher events;

    CaseHistory(JdbcClient jdbc, JsonColumns json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /** Records a change, and announces it (the audit trail listens) in the same transaction. */
    public void record(SubjectType subjectType, long subjectId, String action, String actor, String statusAfter, Object details) {
        jdbc.sql("insert into case_history (subject_type, subject_id, action, actor, occurred_at, status_after, details)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(subjectType.name(), subjectId, action, actor, OffsetDateTime.now(), statusAfter, json.write(details)).update();
        events.publishEvent(new CaseEvents.HistoryRecorded(subjectType, subjectId, action, actor, statusAfter));
    }

    public List<Entry> entries(SubjectType subjectType, long subjectId) {
        return jdbc.sql("select * from case_history where subject_type = ? and subject_id = ? order by id")
                .params(subjectType.name(), subjectId)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("action"), rs.getString("actor"),
                        Sql.timestamp(rs, "occurred_at"), rs.getString("status_after"), json.read(rs.getString("details"))))
                .list();
    }

    /** The action as people call it (SUBMITTED → 提出). */
    public static String actionLabel(String action) {
        return ACTION_LABELS.getOrDefault(action, action);
    }

    /** One change; details hold what changed (the draft as saved, the reasons for a return, the answer…). */
    public record Entry(long id, String action, String actor, OffsetDateTime occurredAt, String statusAfter, JsonNode details) {

        public String actionLabel() {
            return CaseHistory.actionLabel(action);
        }
    }
}

package jp.shingikai.app.notifications;

import java.time.OffsetDateTime;
import java.util.List;

import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** In-application notices: what the workflow tells a person (a reminder to review papers, for one). */
@Service
@RequiredArgsConstructor
public class NotificationService {

    private final JdbcClient jdbc;

    public void notify(String recipient, SubjectType subjectType, long subjectId, String message) {
        jdbc.sql("insert into notification (recipient, subject_type, subject_id, message, created_at) values (?, ?, ?, ?, ?)")
                .params(recipient, subjectType.name(), subjectId, message, OffsetDateTime.now()).update();
    }

    public List<Notification> unread(CurrentUser user) {
        return jdbc.sql("select * from notification where recipient = ? and read_at is null order by id").param(user.username())
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
                        rs.getString("message"), Sql.timestamp(rs, "created_at")))
                .list();
    }

    public record Notification(long id, String subjectType, long subjectId, String message, OffsetDateTime createdAt) {
    }
}

package jp.shingikai.app.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 監査ログ: every sign-in, state change, paper generated and paper downloaded, who and when, in an append-only table
 * (this class only ever inserts). 総務課 and the secretariat read it, filtered, on screen or as CSV.
 */
@Service
@RequiredArgsConstructor
public class AuditTrail {

    static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    void record(String actor, AuditAction action, SubjectType subjectType, Long subjectId, String summary, String remoteAddress) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, subject_type, subject_id, summary, remote_address)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(clock), actor, action.name(), subjectType == null ? null : subjectType.name(), subjectId,
                        summary.length() > 1000 ? summary.substring(0, 1000) : summary, remoteAddress)
                .update();
    }

    /** The events matching the filter, oldest first; at most {@value #PAGE_SIZE} per page, or all for an export. */
    public List<AuditEvent> find(CurrentUser reader, AuditFilter filter, boolean everything) {
        if (!reader.has(Role.SOUMU) && !reader.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("監査ログは総務課と事務局が閲覧できます。");
        }
        StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(filter.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (has(filter.actor())) {
            sql.append(" and actor = ?");
            params.add(filter.actor().strip());
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action().name());
        }
        if (filter.subjectType() != null) {
            sql.append(" and subject_type = ?");
            params.add(filter.subjectType().name());
        }
        if (filter.subjectId() != null) {
            sql.append(" and subject_id = ?");
            params.add(filter.subjectId());
        }
        sql.append(" order by id");
        if (!everything) {
            sql.append(" offset ").append(Math.max(0, filter.page()) * PAGE_SIZE).append(" rows fetch next ").append(PAGE_SIZE)
                    .append(" rows only");
        }
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), Sql.timestamp(rs, "occurred_at").atZoneSameInstant(clock.getZone())
                        .toOffsetDateTime(), rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("subject_type") == null ? null : SubjectType.valueOf(rs.getString("subject_type")),
                        (Long) rs.getObject("subject_id", Long.class), rs.getString("summary"), rs.getString("remote_address")))
                .list();
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    /** One recorded event. */
    public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, AuditAction action, SubjectType subjectType,
            Long subjectId, String summary, String remoteAddress) {
    }

    /** What to show; null or blank values do not filter; {@code to} is inclusive; page counts from 0. */
    public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditAction action, SubjectType subjectType,
            Long subjectId, int page) {
    }
}

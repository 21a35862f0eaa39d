package jp.shingikai.app.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.shingikai.app.audit.AuditTrail.AuditEvent;
import jp.shingikai.app.system.Csv;

/**
 * The audit trail as CSV for Excel: UTF-8 with a byte-order mark (so Japanese opens correctly in Excel), CRLF line
 * ends, every field quoted.
 */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    public static String write(List<AuditEvent> events) {
        return Csv.write(List.of("日時", "利用者", "操作", "対象", "対象ID", "内容", "接続元"), events.stream()
                .map(event -> List.of(TIME.format(event.occurredAt()), event.actor(), event.action().label(),
                        event.subjectType() == null ? "" : event.subjectType().name(),
                        event.subjectId() == null ? "" : event.subjectId().toString(), event.summary(),
                        event.remoteAddress() == null ? "" : event.remoteAddress()))
                .toList());
    }
}

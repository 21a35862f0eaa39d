package jp.shingikai.app.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.shingikai.app.system.Hashes;
import jp.shingikai.app.system.Sql;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals the audit trail into a hash chain, shortly after each event is written: every event gets a link holding the
 * SHA-256 of its content together with the previous link's hash. Sealing happens apart from the recording
 * transaction, so that no business transaction waits for the chain; the chain's head row is locked while sealing, so
 * two application instances never fork it.
 */
@Component
@RequiredArgsConstructor
class AuditSeal {

    private static final Logger log = LoggerFactory.getLogger(AuditSeal.class);
    private static final int BATCH = 500;
    /** Between fields in what is hashed, so that no two different events read the same. */
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final Clock clock;

    /** One event as it is hashed. */
    record Event(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType, Long subjectId,
            String summary, String remoteAddress) {

        static Event read(ResultSet rs, int row) throws SQLException {
            return new Event(rs.getLong("id"), Sql.timestamp(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
                    rs.getString("subject_type"), (Long) rs.getObject("subject_id", Long.class), rs.getString("summary"),
                    rs.getString("remote_address"));
        }

        String hash(String previousHash) {
            String content = Stream.of(previousHash, Long.toString(id), occurredAt.toInstant().toString(), actor, action,
                    subjectType, subjectId, summary, remoteAddress).map(value -> Objects.toString(value, ""))
                    .collect(Collectors.joining(SEPARATOR));
            return Hashes.sha256(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Seals every event not sealed yet, oldest first; returns how many. */
    @Scheduled(fixedDelayString = "${shingikai.audit.seal-interval:10s}")
    @Transactional
    public int seal() {
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
        List<Event> unsealed = jdbc.sql("select * from audit_event e where not exists (select 1 from audit_seal s"
                + " where s.event_id = e.id) order by e.id fetch first " + BATCH + " rows only").query(Event::read).list();
        long seq = head.lastSeq();
        String hash = head.lastHash();
        for (Event event : unsealed) {
            String previous = hash;
            hash = event.hash(previous);
            seq++;
            jdbc.sql("insert into audit_seal (chain_seq, event_id, previous_hash, row_hash, sealed_at) values (?, ?, ?, ?, ?)")
                    .params(seq, event.id(), previous, hash, OffsetDateTime.now(clock)).update();
        }
        if (!unsealed.isEmpty()) {
            jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
            log.debug("監査ログ {} 件を封印しました（連番 {} まで）", unsealed.size(), seq);
        }
        return unsealed.size();
    }

    private record Head(long lastSeq, String lastHash) {
    }
}

package jp.shingikai.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 監査ログの改ざん検査: walks the hash chain from its first link and reports the first one that does not hold, with
 * what is wrong there: an event altered or removed, a link altered, removed or put in.
 */
@Service
@RequiredArgsConstructor
public class AuditVerification {

    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final AuditSeal seal;

    /**
     * @param sealed   links checked
     * @param unsealed events written since the last sealing (they are sealed before the check, so normally none)
     * @param broken   the first link that does not hold, or null when the chain is intact
     */
    public record Result(long sealed, long unsealed, BrokenLink broken) {

        public boolean intact() {
            return broken == null;
        }

        /** The result as a sentence for the console and the page. */
        public String message() {
            return intact() ? "監査ログは改ざんされていません（" + sealed + "件を検査）。"
                    : "監査ログの連鎖が連番 " + broken.chainSeq() + "（監査ログ番号 " + broken.eventId() + "）で途切れています: "
                            + broken.reason();
        }
    }

    public record BrokenLink(long chainSeq, Long eventId, String reason) {
    }

    /** For 総務課: seals what is new, then checks the whole chain. */
    public Result verify(CurrentUser reader) {
        if (!reader.has(Role.SOUMU)) {
            throw new ForbiddenException("監査ログの改ざん検査は総務課が行います。");
        }
        return verify();
    }

    /** The same check for the command line, which has no signed-in user. */
    Result verify() {
        seal.seal();
        ChainWalk walk = new ChainWalk();
        jdbc.sql("select s.chain_seq, s.event_id, s.previous_hash, s.row_hash, e.* from audit_seal s"
                + " left join audit_event e on e.id = s.event_id order by s.chain_seq").query(walk);
        long headSeq = jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
        long unsealed = jdbc.sql("select count(*) from audit_event e where not exists"
                + " (select 1 from audit_seal s where s.event_id = e.id)").query(Long.class).single();
        if (walk.broken == null && walk.expectedSeq - 1 != headSeq) {
            walk.broken = new BrokenLink(walk.expectedSeq, null,
                    "連番 " + walk.expectedSeq + " から " + headSeq + " までの封印がありません（削除されています）。");
        }
        return new Result(walk.links, unsealed, walk.broken);
    }

    /** Follows the chain link by link as the rows come, keeping only the last hash: the trail may be long. */
    private static final class ChainWalk implements RowCallbackHandler {

        private String previous = GENESIS;
        private long expectedSeq = 1;
        private long links;
        private BrokenLink broken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            links++;
            if (broken != null) {
                return;
            }
            AuditSeal.Event event = rs.getObject("id") == null ? null : AuditSeal.Event.read(rs, 0);
            String rowHash = rs.getString("row_hash");
            String reason = null;
            if (rs.getLong("chain_seq") != expectedSeq) {
                reason = "連番 " + expectedSeq + " の封印がありません（削除されたか、順序が変えられています）。";
            } else if (!rs.getString("previous_hash").equals(previous)) {
                reason = "直前の封印と連結していません（封印が書き換えられたか、差し込まれています）。";
            } else if (event == null) {
                reason = "封印された監査ログが削除されています。";
            } else if (!event.hash(previous).equals(rowHash)) {
                reason = "監査ログの内容が封印時と異なります（日時・操作者・操作・対象・内容のいずれかが書き換えられています）。";
            }
            if (reason != null) {
                broken = new BrokenLink(expectedSeq, event == null ? rs.getLong("event_id") : event.id(), reason);
                return;
            }
            previous = rowHash;
            expectedSeq++;
        }
    }
}

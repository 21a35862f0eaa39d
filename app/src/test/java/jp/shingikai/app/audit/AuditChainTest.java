package jp.shingikai.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SubjectType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail's hash chain: sealed after the events are written, intact when nothing was touched, broken at the
 * very event whose content was changed behind the application's back, and whole again once it is put back.
 */
@DemoApplicationTest
class AuditChainTest {

    private static final CurrentUser SOUMU = new CurrentUser("soumu", "総務課", Set.of(Role.SOUMU), null);

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditSeal seal;

    @Autowired
    AuditVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void aChangedEventBreaksTheChainThereAndASealedEventCannotBeRemoved() {
        trail.record("soumu", AuditAction.LOGIN, null, null, "ログインしました", "127.0.0.1");
        trail.record("jimukyoku", AuditAction.DOCUMENT_DOWNLOADED, SubjectType.MEETING, 1L, "「会議次第」第1版をダウンロードしました", null);
        seal.seal();
        assertThat(verification.verify(SOUMU).intact()).isTrue();

        long altered = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        String summary = jdbc.sql("select summary from audit_event where id = ?").param(altered).query(String.class).single();
        jdbc.sql("update audit_event set summary = ? where id = ?").params("（削除済み）", altered).update();
        try {
            AuditVerification.Result broken = verification.verify(SOUMU);
            assertThat(broken.intact()).isFalse();
            assertThat(broken.broken().eventId()).isEqualTo(altered);
            assertThat(broken.broken().reason()).contains("内容が封印時と異なります");
            assertThat(broken.message()).contains("監査ログ番号 " + altered);

            ResponseEntity<JsonNode> api = Api.as(http, "soumu").get("/api/audit/verification");
            assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(api.getBody().path("intact").asBoolean()).isFalse();
            assertThat(api.getBody().path("broken").path("eventId").asLong()).isEqualTo(altered);
        } finally {
            jdbc.sql("update audit_event set summary = ? where id = ?").params(summary, altered).update();
        }
        assertThat(verification.verify(SOUMU).intact()).as("put back, the chain holds again").isTrue();

        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(altered).update())
                .as("a sealed event is held by its seal").isInstanceOf(DataAccessException.class);
        assertThat(Api.as(http, "jimukyoku").get("/api/audit/verification").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theCommandSaysWhetherTheChainHoldsAndExitsAccordingly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitCode = new AuditVerifyCommand(verification, new PrintStream(out, true, StandardCharsets.UTF_8)).run();

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("監査ログは改ざんされていません（").contains("件を検査）。");
    }
}

package jp.shingikai.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import jp.shingikai.app.FaultReport;
import jp.shingikai.app.audit.AuditVerification;
import jp.shingikai.app.backup.BackupService;
import jp.shingikai.app.backup.Manifest;
import jp.shingikai.app.backup.Restore;
import jp.shingikai.app.problems.DatabaseOutage;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.app.workflow.OverdueSteps;
import jp.shingikai.processes.ConsultationWorkflow.Groups;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The {@code postgres} profile on a real PostgreSQL server: migrations and Flowable's tables in one schema. */
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresProfileTest {

    private static PostgresServer server;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        server = PostgresServer.start();
        // Stopped at JVM exit: the cached application context may still hold connections after this class.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        registry.add("SHINGIKAI_DB_URL", server::jdbcUrl);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    RepositoryService repository;

    @Autowired
    UserAccounts accounts;

    @Autowired
    OverdueSteps overdue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditVerification verification;

    @Autowired
    BackupService backups;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Test
    void theApplicationRunsItsMigrationsAndFlowableOnPostgres() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getTables(null, "public", "flyway_schema_history", null).next()).isTrue();
            assertThat(connection.getMetaData().getTables(null, "public", "act_ru_execution", null).next()).isTrue();
        }
        assertThat(repository.createProcessDefinitionQuery().count()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theQueriesWrittenForBothDatabasesRunOnPostgres() {
        accounts.create("pg-soumu", "総務課 試験", "pg-password", null, List.of(Role.SOUMU));
        accounts.updateMailSettings("pg-soumu", new UserAccounts.MailSettings("pg-soumu@city.example", false));

        assertThat(accounts.inGroup(Groups.GENERAL_AFFAIRS)).contains("pg-soumu");
        assertThat(accounts.inGroup(Groups.department("nowhere"))).isEmpty();
        assertThat(accounts.mailAddress("pg-soumu")).contains("pg-soumu@city.example");
        assertThat(overdue.remind(LocalDate.now().plusYears(1))).isZero();
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheApplicationsOwnRole() {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, summary) values (?, 'pg-soumu', 'LOGIN', 'ログインしました')")
                .param(OffsetDateTime.now()).update();
        assertThat(verification.verify(new CurrentUser("pg-soumu", "総務課 試験", Set.of(Role.SOUMU), null)).intact()).isTrue();

        for (String change : List.of("update audit_event set summary = '（削除済み）'", "delete from audit_event",
                "truncate table audit_event cascade", "update audit_seal set row_hash = 'x'", "delete from audit_seal",
                "truncate table audit_seal")) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change).isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("は変更・削除できません");
        }
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isPositive();
    }

    @Test
    void aBackupTakenWithPgDumpIsRestoredIntoAnEmptyDatabaseRowForRow() throws Exception {
        Path backup = Path.of("target", "pg-backup-" + UUID.randomUUID());
        Manifest manifest = backups.create(backup);
        assertThat(manifest.database()).isEqualTo("postgresql");
        assertThat(manifest.files()).containsKey("database.dump");

        jdbc.sql("create database restored_copy").update();
        DataSourceProperties copy = new DataSourceProperties();
        copy.setUrl(url.replaceFirst("/[^/?]+(\\?|$)", "/restored_copy$1"));
        copy.setUsername(user);
        copy.setPassword("");
        Restore.restore(backup, Path.of("target", "pg-restored-" + UUID.randomUUID()), copy);

        try (Connection connection = DriverManager.getConnection(copy.getUrl(), user, "")) {
            for (Map.Entry<String, Long> table : manifest.rowCounts().entrySet()) {
                try (var count = connection.createStatement().executeQuery("select count(*) from \"" + table.getKey() + "\"")) {
                    count.next();
                    assertThat(count.getLong(1)).as(table.getKey()).isEqualTo(table.getValue());
                }
            }
        }
    }

    @Test
    @Tag("fault")
    void writesDuringADatabaseRestartFailAsUnavailableAndNoneThatSucceededIsLost() throws Exception {
        List<String> saved = new CopyOnWriteArrayList<>();
        Map<String, Exception> refused = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                String name = "pg-load-" + i;
                try {
                    accounts.create(name, "負荷 試験", "pg-password", null, List.of(Role.VIEWER));
                    saved.add(name);
                } catch (Exception e) {
                    refused.put(name, e);
                }
            }
        });
        load.start();
        Thread.sleep(500);
        server.restart();
        Thread.sleep(1500);
        running.set(false);
        load.join();

        assertThat(saved).as("writes went on after the restart").hasSizeGreaterThan(10);
        assertThat(refused.values()).as("writes while the server was away were refused").isNotEmpty()
                .allSatisfy(e -> assertThat(DatabaseOutage.isOutage(e)).as("%s is answered as the database being away", causes(e))
                        .isTrue());
        Set<String> stored = Set.copyOf(jdbc.sql("select username from app_user where username like 'pg-load-%'")
                .query(String.class).list());
        assertThat(stored).as("every write that was answered as saved is there").containsAll(saved);
        // A commit the server made just before it went away is answered as in doubt, never as not saved.
        assertThat(refused.entrySet()).filteredOn(refusal -> stored.contains(refusal.getKey()))
                .allSatisfy(refusal -> assertThat(DatabaseOutage.isInDoubt(refusal.getValue()))
                        .as("%s, yet saved, is answered as in doubt", causes(refusal.getValue())).isTrue());
        FaultReport.row("PostgreSQL の再起動（書込み中）", "再起動の間の操作は 503「データベースに接続できないため、処理できませんでした。"
                + "変更は保存されていません…」（" + refused.size() + " 件）", "なし（保存済みと答えた " + saved.size() + " 件はすべて残る）");
    }

    /** Every cause with its SQL state, so that a failure names what the driver said. */
    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.append("\n  ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
            if (cause instanceof java.sql.SQLException sql) {
                chain.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
        }
        return chain.toString();
    }
}

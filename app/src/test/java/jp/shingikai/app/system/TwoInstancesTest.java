package jp.shingikai.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jp.shingikai.app.Api;
import jp.shingikai.search.engine.EmbeddedEngineSettings;
import jp.shingikai.search.engine.EmbeddedSearchEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Two application JVMs on one PostgreSQL and one search engine, as a city hall runs two nodes behind a load balancer:
 * the same step taken on both at once succeeds once, timers and mail happen once, and killing one node mid-step
 * leaves no half-written case while the other carries on.
 */
class TwoInstancesTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** As the other test engines run (config/application.yml): no optimising compiler for a JVM that lives minutes. */
    private static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1");

    @Test
    void twoNodesShareTheWorkAndDoEachThingOnce() throws Exception {
        int smtpPort = freePort();
        GreenMail relay = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        try (PostgresServer database = PostgresServer.start();
                EmbeddedSearchEngine engine = EmbeddedSearchEngine.acquire(
                        EmbeddedEngineSettings.temporary(Path.of("target", "two-instances-engine")).withJavaOptions(SHORT_LIVED))) {
            Map<String, String> environment = Map.of("SHINGIKAI_DB_URL", database.jdbcUrl());
            List<String> options = List.of("--spring.profiles.active=postgres,demo",
                    "--spring.elasticsearch.uris=" + engine.httpUri(), "--shingikai.data-dir=target/two-instances-" + RUN,
                    "--shingikai.search.index-prefix=two-" + RUN, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                    "--shingikai.mail.interval=1s", "--flowable.process.async.executor.default-timer-job-acquire-wait-time=1s");
            try (AppInstance first = AppInstance.start("a", environment, options);
                    AppInstance second = AppInstance.start("b", environment, options)) {
                TestRestTemplate a = rest(first);
                TestRestTemplate b = rest(second);

                // The same 形式審査 on both nodes at the same moment: one takes it, the other is told it is taken.
                long id = submitted(a, b, "二重操作の確認");
                List<HttpStatusCode> statuses = atOnce(
                        () -> Api.as(a, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED)
                                .getStatusCode(),
                        () -> Api.as(b, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED)
                                .getStatusCode());
                assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
                assertThat(Api.as(b, "soumu").get("/api/consultations/" + id).getBody().path("status").asText())
                        .isEqualTo("ACCEPTED");

                // The 受理 mail, sent by whichever node's outbox got it first, arrives once.
                awaitAllMailSent(database);
                assertThat(messages(relay, "kankyo@", "【受理】")).hasSize(1);

                // 事前確認の督促: the timer, due on both nodes' job executors, fires once.
                Api secretariat = Api.as(a, "jimukyoku");
                long meeting = secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 801,
                        "heldOn", LocalDate.now().plusDays(20).toString(), "startsAt", "14:00", "place", "市役所3階 庁議室",
                        "memberIds", List.of(1, 2, 3))).getBody().path("meeting").path("id").asLong();
                assertThat(secretariat.post("/api/consultations/" + id + "/meeting-assignment", Map.of("meetingId", meeting))
                        .getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(Api.as(b, "jimukyoku").post("/api/meetings/" + meeting + "/packet", null).getStatusCode())
                        .isEqualTo(HttpStatus.CREATED);
                assertThat(secretariat.post("/api/meetings/" + meeting + "/distribution", null).getStatusCode())
                        .isEqualTo(HttpStatus.OK);
                await(() -> count(database, "select count(*) from act_ru_timer_job where element_id_ = 'reminderDue'") == 1,
                        "the reminder timer to be scheduled");
                sql(database, "update act_ru_timer_job set duedate_ = now() - interval '1 minute' where element_id_ = 'reminderDue'");
                // The job executors pick the due timer up within their acquisition interval (1 second here, 10 by default).
                await(() -> count(database, "select count(*) from act_hi_actinst where act_id_ = 'remindMembers'") == 1,
                        "the reminder to run");
                awaitAllMailSent(database);
                Thread.sleep(3000);
                for (String member : List.of("iin-sato@", "iin-suzuki@", "iin-takahashi@")) {
                    assertThat(messages(relay, member, "【事前確認のお願い】")).as("%s among %s", member, received(relay)).hasSize(1);
                }

                // 実施報告期限: the case answered and filed, its report-due timer fires once across the two nodes.
                assertThat(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(Api.as(b, "jimukyoku").post("/api/meetings/" + meeting + "/held", null).getStatusCode())
                        .isEqualTo(HttpStatus.OK);
                assertThat(secretariat.post("/api/consultations/" + id + "/answer", Map.of("outcome", "APPROVED",
                        "answeredOn", LocalDate.now().toString())).getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(Api.as(b, "kankyo").post("/api/consultations/" + id + "/registry-filing", Map.of("change", "START",
                        "effectiveOn", "令和8年12月1日", "recordedItems", Map.of("basic", List.of("氏名", "住所")),
                        "processing", List.of("電算"), "collectionSources", List.of("本人"), "outsourcing", false))
                        .getStatusCode()).isEqualTo(HttpStatus.OK);
                await(() -> count(database, "select count(*) from act_ru_timer_job where element_id_ = 'implementationReportDue'") == 1,
                        "the report-due timer to be scheduled");
                sql(database, "update act_ru_timer_job set duedate_ = now() - interval '1 minute'"
                        + " where element_id_ = 'implementationReportDue'");
                await(() -> count(database, "select count(*) from act_hi_actinst where act_id_ = 'implementationReportDue'"
                        + " and end_time_ is not null") == 1, "the report-due timer to fire");
                Thread.sleep(3000);
                assertThat(count(database, "select count(*) from act_hi_procinst where proc_def_id_ like 'report:%'"))
                        .as("one report process, from one firing").isEqualTo(1);

                // Each change reaches the index once, whichever node drained it: one document per case.
                await(() -> count(database, "select count(*) from search_outbox") == 0, "the search outbox to drain");
                assertThat(indexed(engine, "two-" + RUN + "-consultations"))
                        .isEqualTo(count(database, "select count(*) from consultation"));

                // kill -9 of one node while drafts are being submitted on it: no case is left half-written.
                ExecutorService burst = Executors.newFixedThreadPool(6);
                List<Future<?>> inFlight = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    int n = i;
                    inFlight.add(burst.submit(() -> submitted(a, a, "停止試験" + n)));
                }
                Thread.sleep(400);
                first.kill();
                burst.shutdown();
                for (Future<?> request : inFlight) {
                    try {
                        request.get();
                    } catch (Exception cutOff) {
                        // the node died under it: what matters is what the database holds
                    }
                }
                assertThat(count(database, "select count(*) from consultation c where c.status = 'SUBMITTED' and not exists"
                        + " (select 1 from act_ru_task t where t.proc_inst_id_ = c.process_instance_id and t.task_def_key_ = 'formalReview')"))
                        .as("every submitted case waits at 形式審査").isZero();
                assertThat(count(database, "select count(*) from consultation c where c.status = 'DRAFT' and exists"
                        + " (select 1 from act_ru_task t where t.proc_inst_id_ = c.process_instance_id and t.task_def_key_ = 'formalReview')"))
                        .as("no draft is at 形式審査").isZero();
                long survivor = submitted(b, b, "残ったノードでの確認");
                assertThat(Api.as(b, "soumu").post("/api/consultations/" + survivor + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED)
                        .getStatusCode()).as("the other node carries on").isEqualTo(HttpStatus.OK);
            }
        } finally {
            relay.stop();
        }
    }

    /** A draft created on one node and submitted on the other. */
    private static long submitted(TestRestTemplate creating, TestRestTemplate submitting, String title) {
        long id = Api.as(creating, "kankyo").post("/api/consultations", Api.kodairaQuestionnaireDraft().put("title", title + RUN))
                .getBody().path("id").asLong();
        assertThat(Api.as(submitting, "kankyo").post("/api/consultations/" + id + "/submit", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return id;
    }

    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (var call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    private static List<MimeMessage> messages(GreenMail relay, String recipient, String subjectPrefix) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : relay.getReceivedMessages()) {
            boolean to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().startsWith(recipient));
            if (to && message.getSubject().startsWith(subjectPrefix)) {
                found.add(message);
            }
        }
        return found;
    }

    private static List<String> received(GreenMail relay) throws Exception {
        List<String> all = new ArrayList<>();
        for (MimeMessage message : relay.getReceivedMessages()) {
            all.add(Arrays.toString(message.getRecipients(Message.RecipientType.TO)) + " " + message.getSubject());
        }
        return all;
    }

    private static void awaitAllMailSent(PostgresServer database) throws Exception {
        await(() -> count(database, "select count(*) from mail_outbox where sent_at is null") == 0, "the mail outbox to empty");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static long count(PostgresServer database, String query) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "shingikai", "");
                ResultSet result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(PostgresServer database, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "shingikai", "")) {
            connection.createStatement().executeUpdate(statement);
        }
    }

    private static long indexed(EmbeddedSearchEngine engine, String alias) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(engine.httpUri().resolve("/" + alias + "/_count")).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).path("count").asLong();
    }

    private static TestRestTemplate rest(AppInstance instance) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(instance.baseUrl()));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

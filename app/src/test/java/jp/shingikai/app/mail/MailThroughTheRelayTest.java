package jp.shingikai.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jp.shingikai.app.Api;
import jp.shingikai.app.FaultReport;
import jp.shingikai.app.workflow.OverdueSteps;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mail through a real SMTP server in this JVM (GreenMail): who is told what, in Japanese, with the meeting for the
 * members' calendars; a relay that is down delays mail and loses none; who asked for no mail gets none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"flowable.async-executor-activate=false", "shingikai.mail.interval=1h", "shingikai.mail.max-delay=0s",
                "shingikai.mail.site-url=https://shingikai.city.kodaira.example"})
@ActiveProfiles("demo")
class MailThroughTheRelayTest {

    /** A fixed port, so that the relay comes back where the application expects it after the outage. */
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension RELAY = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    MailDelivery delivery;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    OverdueSteps overdue;

    /** Each test reads only its own mail: whatever an earlier one left is sent and cleared first. */
    @BeforeEach
    void emptyRelay() throws Exception {
        delivery.send();
        RELAY.purgeEmailFromAllMailboxes();
    }

    @Test
    @Tag("fault")
    void theDrafterAndTheMembersAreToldOfEachStepAndNoMailIsLostWhileTheRelayIsDown() throws Exception {
        Api department = Api.as(http, "kankyo");
        Api soumu = Api.as(http, "soumu");
        Api secretariat = Api.as(http, "jimukyoku");
        assertThat(Api.as(http, "iin-takahashi").put("/api/account/mail", Map.of("email", "takahashi＠city.kodaira.example",
                "optOut", true), null).getBody().path("email").asText()).as("a full-width @ is read as one")
                .isEqualTo("takahashi@city.kodaira.example");
        ResponseEntity<JsonNode> malformed = Api.as(http, "iin-suzuki").put("/api/account/mail",
                Map.of("email", "suzuki at city", "optOut", false), null);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(malformed.getBody().path("errors").get(0).path("message").asText()).contains("形式が正しくありません");

        long id = body(department.post("/api/consultations", Api.kodairaQuestionnaireDraft())).path("id").asLong();
        String path = "/api/consultations/" + id;
        body(department.post(path + "/submit", null));
        ObjectNode returned = ((ObjectNode) Api.FORMAL_REVIEW_ACCEPTED.deepCopy()).put("outcome", "RETURNED");
        returned.putArray("returnReasons").addObject().put("section", "安全対策").put("reason", "委託先の監督方法を記載してください。");
        body(soumu.post(path + "/formal-review", returned));
        body(department.post(path + "/submit", null));
        body(soumu.post(path + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED));
        long meeting = secretariat.scheduleMeeting(70, LocalDate.now().plusDays(14));
        body(secretariat.post(path + "/meeting-assignment", Map.of("meetingId", meeting)));
        body(secretariat.post("/api/meetings/" + meeting + "/packet", null));
        body(secretariat.post("/api/meetings/" + meeting + "/distribution", null));

        assertThat(delivery.send()).isEqualTo(5);
        List<MimeMessage> received = Arrays.asList(RELAY.getReceivedMessages());
        assertThat(received).as("高橋 asked for no mail").extracting(MailThroughTheRelayTest::to).containsExactly(
                "kankyo@city.kodaira.example", "kankyo@city.kodaira.example", "kankyo@city.kodaira.example",
                "iin-sato@city.kodaira.example", "iin-suzuki@city.kodaira.example");
        assertThat(received.get(0).getSubject()).startsWith("【差戻し】");
        assertThat(text(received.get(0))).contains("総務課の形式審査で差し戻されました",
                "https://shingikai.city.kodaira.example/consultations/" + id);
        assertThat(received.get(1).getSubject()).startsWith("【受理】");
        assertThat(text(received.get(1))).containsPattern("令和\\d+年度諮問第\\d+号として受理されました");
        assertThat(received.get(2).getSubject()).startsWith("【会議割当】");
        assertThat(text(received.get(2))).contains("第70回", "市役所3階 庁議室");
        assertThat(received.get(3).getSubject()).isEqualTo(received.get(4).getSubject()).contains("【会議資料の配布】", "第70回");
        VEvent invitation = invitation(received.get(3));
        assertThat(invitation.getSummary().getValue()).contains("第70回");
        assertThat(invitation.getLocation().getValue()).isEqualTo("市役所3階 庁議室");
        assertThat(invitation.getDateTimeStart().getValue()).contains("T173000");

        // Days before the meeting, the members who have not reviewed the papers yet are reminded, with the invitation.
        RELAY.purgeEmailFromAllMailboxes();
        body(Api.as(http, "iin-sato").post(path + "/member-review", Map.of()));
        String process = runtime.createProcessInstanceQuery().variableValueEquals(Variables.CASE_ID, id).singleResult().getId();
        Job reminder = management.createTimerJobQuery().processInstanceId(process).elementId("reminderDue").singleResult();
        management.executeJob(management.moveTimerToExecutableJob(reminder.getId()).getId());
        assertThat(delivery.send()).isEqualTo(1);
        MimeMessage remind = RELAY.getReceivedMessages()[0];
        assertThat(to(remind)).as("佐藤 has reviewed, 高橋 asked for no mail").isEqualTo("iin-suzuki@city.kodaira.example");
        assertThat(remind.getSubject()).isEqualTo("【事前確認のお願い】" + body(department.get(path)).path("title").asText());
        assertThat(text(remind)).contains("第70回", "事前確認がまだ済んでいません", "/consultations/" + id);
        assertThat(invitation(remind).getLocation().getValue()).isEqualTo("市役所3階 庁議室");
        body(Api.as(http, "iin-suzuki").post(path + "/member-review", Map.of()));
        RELAY.purgeEmailFromAllMailboxes();

        // The relay goes down: the 答申 is recorded all the same, and its mail waits.
        body(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()));
        body(secretariat.post("/api/meetings/" + meeting + "/held", null));
        RELAY.stop();
        body(secretariat.post(path + "/answer", Map.of("outcome", "APPROVED", "answeredOn", LocalDate.now().toString())));
        assertThat(delivery.send()).isZero();
        assertThat(body(department.get(path)).path("status").asText()).isEqualTo("ANSWERED");

        RELAY.start();
        assertThat(delivery.send()).isEqualTo(1);
        MimeMessage answer = RELAY.getReceivedMessages()[0];
        assertThat(answer.getSubject()).startsWith("【答申】");
        assertThat(text(answer)).containsPattern("答申：承認（令和\\d+年度答申第\\d+号）");
        assertThat(delivery.send()).as("sent once").isZero();
        FaultReport.row("SMTP リレーの停止", "答申の記録は通常どおり完了（メールは送信待ち）", "なし（リレーの復旧後に一通だけ届く）");

        // 会議録: the members who attended are asked to confirm the draft.
        RELAY.purgeEmailFromAllMailboxes();
        long minutes = body(secretariat.post("/api/meetings/" + meeting + "/minutes", null)).path("id").asLong();
        body(secretariat.post("/api/minutes/" + minutes + "/draft", Map.of("form", "SUMMARY", "summaryReason", "審議会の決定による",
                "items", List.of(Map.of("handoutNumber", 1, "title", "市民アンケート調査について", "summary", "原案のとおり承認した。")))));
        assertThat(delivery.send()).isEqualTo(2);
        assertThat(Arrays.asList(RELAY.getReceivedMessages())).extracting(MailThroughTheRelayTest::to)
                .containsExactly("iin-sato@city.kodaira.example", "iin-suzuki@city.kodaira.example");
        assertThat(RELAY.getReceivedMessages()[0].getSubject()).startsWith("【会議録の確認のお願い】");
        assertThat(text(RELAY.getReceivedMessages()[0])).contains("会議録の案ができました", "/minutes/" + minutes);
    }

    @Test
    void aStepPastItsDeadlineIsRemindedOnceToEveryoneWhoMayTakeIt() throws Exception {
        Api department = Api.as(http, "shimin");
        long id = body(department.post("/api/consultations", Api.kodairaQuestionnaireDraft())).path("id").asLong();
        body(department.post("/api/consultations/" + id + "/submit", null));

        assertThat(overdue.remind(LocalDate.now())).as("not yet due").isZero();
        assertThat(overdue.remind(LocalDate.now().plusDays(30))).isEqualTo(1);
        assertThat(overdue.remind(LocalDate.now().plusDays(31))).as("reminded once").isZero();
        delivery.send();

        List<MimeMessage> reminders = Arrays.asList(RELAY.getReceivedMessages());
        assertThat(reminders).extracting(MailThroughTheRelayTest::to).containsExactly("soumu@city.kodaira.example");
        assertThat(reminders.get(0).getSubject()).startsWith("【期限超過】形式審査：");
        assertThat(text(reminders.get(0))).containsPattern("「形式審査」は、期限の令和\\d+年\\d+月\\d+日を過ぎています");
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text part, decoded (the mail is UTF-8, whatever the transfer encoding). */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart) {
                    return text(multipart.getBodyPart(i));
                }
            }
        }
        return (String) content;
    }

    private static String text(BodyPart part) throws Exception {
        Multipart inner = (Multipart) part.getContent();
        for (int i = 0; i < inner.getCount(); i++) {
            if (inner.getBodyPart(i).isMimeType("text/plain")) {
                return (String) inner.getBodyPart(i).getContent();
            }
        }
        throw new IllegalStateException("no text part");
    }

    private static VEvent invitation(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            }
        }
        throw new IllegalStateException("no invitation attached");
    }

    private static JsonNode body(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
        return response.getBody();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jp.shingikai.app.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds through the SMTP relay. Each message is claimed first, so that several application
 * instances send it once; one the relay refuses is tried again later, waiting longer each time.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
@RequiredArgsConstructor
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;
    /** How long a claimed message is left to the instance sending it before another may try. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final JavaMailSender relay;
    private final MailProperties properties;

    /** Sends the messages that are due; returns how many the relay accepted. */
    @Scheduled(fixedDelayString = "${shingikai.mail.interval:10s}")
    public int send() {
        OffsetDateTime now = OffsetDateTime.now();
        List<Waiting> due = jdbc.sql("select * from mail_outbox where sent_at is null and next_attempt_at <= ? order by id")
                .param(now).query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("address"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("calendar"), rs.getInt("attempts")))
                .list();
        int sent = 0;
        for (Waiting message : due.subList(0, Math.min(BATCH, due.size()))) {
            if (!claim(message, now)) {
                continue;
            }
            try {
                relay.send(mime(message));
                jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                        .params(OffsetDateTime.now(), message.id()).update();
                sent++;
            } catch (MailException | MessagingException e) {
                Duration wait = backoff(message.attempts());
                log.warn("メールを送信できません（{} 後に再送します）: {}", wait, e.getMessage());
                jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                        .params(abbreviated(e.getMessage()), OffsetDateTime.now().plus(wait), message.id()).update();
            }
        }
        return sent;
    }

    private boolean claim(Waiting message, OffsetDateTime now) {
        return jdbc.sql("update mail_outbox set next_attempt_at = ? where id = ? and sent_at is null and next_attempt_at <= ?")
                .params(now.plus(CLAIM), message.id(), now).update() == 1;
    }

    private MimeMessage mime(Waiting message) throws MessagingException {
        MimeMessage mime = relay.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.calendar() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(message.address());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        if (message.calendar() != null) {
            helper.addAttachment("meeting.ics", new ByteArrayResource(message.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        return mime;
    }

    /** Twice the wait of the attempt before, from the send interval up to the longest wait. */
    private Duration backoff(int attempts) {
        Duration wait = properties.interval().multipliedBy(1L << Math.min(attempts, 16));
        return wait.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : wait;
    }

    private static String abbreviated(String text) {
        String message = text == null ? "送信に失敗しました" : text;
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private record Waiting(long id, String address, String subject, String body, String calendar, int attempts) {
    }
}

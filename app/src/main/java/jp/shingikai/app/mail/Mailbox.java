package jp.shingikai.app.mail;

import java.time.OffsetDateTime;
import java.util.List;

import jp.shingikai.app.security.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mail outbox: a message is written in the transaction of the step it tells of, so it is sent exactly when that
 * step is committed ({@link MailDelivery} sends it), and a relay that is down delays it without losing it.
 */
@Component
class Mailbox {

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final boolean enabled;

    Mailbox(JdbcClient jdbc, UserAccounts accounts, ObjectProvider<JavaMailSender> relay) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.enabled = relay.getIfAvailable() != null;
    }

    /** Writes the message for this person, unless mail is off, they have no address or they asked for none. */
    void post(String recipient, String subject, String body, String calendar) {
        if (!enabled) {
            return;
        }
        accounts.mailAddress(recipient).ifPresent(address -> {
            OffsetDateTime now = OffsetDateTime.now();
            jdbc.sql("insert into mail_outbox (recipient, address, subject, body, calendar, created_at, next_attempt_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(recipient, address, subject, body, calendar, now, now).update();
        });
    }

    void post(List<String> recipients, String subject, String body, String calendar) {
        recipients.forEach(recipient -> post(recipient, subject, body, calendar));
    }

    /** Messages waiting, for the health of the relay and the tests. */
    long waiting() {
        return jdbc.sql("select count(*) from mail_outbox where sent_at is null").query(Long.class).single();
    }
}

package jp.shingikai.app.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail goes out; the relay itself is Spring's {@code spring.mail.host}/{@code port}, and with no host set no mail is
 * written at all.
 *
 * @param from      the sender the city's relay accepts
 * @param siteUrl   where the links in the mail point (the application's address as staff reach it)
 * @param interval  how often waiting mail is sent
 * @param maxDelay  the longest wait between two attempts at a message the relay refused
 */
@ConfigurationProperties("shingikai.mail")
record MailProperties(@DefaultValue("shingikai@localhost") String from, @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("10s") Duration interval, @DefaultValue("1h") Duration maxDelay) {
}

/**
 * メール: what staff and members are told by mail through the city's SMTP relay, written to an outbox in the step's
 * transaction and sent after commit.
 */
@ApplicationModule(displayName = "メール (mail)")
package jp.shingikai.app.mail;

import org.springframework.modulith.ApplicationModule;

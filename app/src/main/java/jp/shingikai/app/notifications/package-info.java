/**
 * お知らせ: in-application notices to a person.
 */
@ApplicationModule(displayName = "お知らせ (notices)")
package jp.shingikai.app.notifications;

import org.springframework.modulith.ApplicationModule;

/**
 * Storage settings, the file store, the search outbox, form input and the little every feature shares.
 */
@ApplicationModule(displayName = "基盤 (system)")
package jp.shingikai.app.system;

import org.springframework.modulith.ApplicationModule;

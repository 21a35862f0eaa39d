/**
 * 監査ログ: the insert-only audit trail of sign-ins, state changes and papers, with its page and CSV export.
 */
@ApplicationModule(displayName = "監査ログ (audit)")
package jp.shingikai.app.audit;

import org.springframework.modulith.ApplicationModule;

/**
 * 報告: implementation and after-the-fact reports to the council, on the same step mechanism as consultations.
 */
@ApplicationModule(displayName = "報告 (reports)")
package jp.shingikai.app.reports;

import org.springframework.modulith.ApplicationModule;

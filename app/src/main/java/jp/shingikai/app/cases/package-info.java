/**
 * 諮問: the consultation from the department's draft to its close, its access rules, questions, grounds and pages.
 */
@ApplicationModule(displayName = "諮問 (consultations)")
package jp.shingikai.app.cases;

import org.springframework.modulith.ApplicationModule;

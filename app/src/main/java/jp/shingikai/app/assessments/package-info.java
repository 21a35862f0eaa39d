/**
 * 特定個人情報保護評価: 評価書 imported from what municipalities publish (their 提供先 and 移転先 searchable and
 * comparable), and the council's 第三者点検 of a department's draft 評価書 as a case of the step mechanism.
 */
@ApplicationModule(displayName = "特定個人情報保護評価 (assessments)")
package jp.shingikai.app.assessments;

import org.springframework.modulith.ApplicationModule;

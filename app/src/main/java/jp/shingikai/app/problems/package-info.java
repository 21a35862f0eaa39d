/**
 * The exceptions that carry the Japanese message a person reads, and their RFC 9457 problem details.
 */
@ApplicationModule(displayName = "エラー応答 (problems)")
package jp.shingikai.app.problems;

import org.springframework.modulith.ApplicationModule;

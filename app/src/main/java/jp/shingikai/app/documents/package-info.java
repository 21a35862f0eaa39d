/**
 * 資料: papers generated from the templates, the meeting packet, attachments, and every version in the file store.
 */
@ApplicationModule(displayName = "資料 (papers)")
package jp.shingikai.app.documents;

import org.springframework.modulith.ApplicationModule;

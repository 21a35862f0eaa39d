/**
 * バックアップと復元: the database, the file store and the replaced templates, in one folder with a manifest of
 * SHA-256s, and back into an empty data directory.
 */
@ApplicationModule(displayName = "バックアップ (backup)")
package jp.shingikai.app.backup;

import org.springframework.modulith.ApplicationModule;

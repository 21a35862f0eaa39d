/**
 * 登録簿: imported and filed registry entries with every version, the review list, imports and their pages.
 */
@ApplicationModule(displayName = "登録簿 (registry)")
package jp.shingikai.app.registry;

import org.springframework.modulith.ApplicationModule;

/**
 * The Kodaira demo council and one user per role, under the demo profile only.
 */
@ApplicationModule(displayName = "デモデータ (demo)")
package jp.shingikai.app.demo;

import org.springframework.modulith.ApplicationModule;

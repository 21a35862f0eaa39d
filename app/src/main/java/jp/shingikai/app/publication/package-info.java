/**
 * 公開: what residents read without signing in — 開催案内 and the 公開版 of each published 会議録, with an Atom and an
 * iCal feed. Closed 議題 are left out, 不開示 passages masked, and members shown as 委員A where the council so decides.
 */
@ApplicationModule(displayName = "公開 (publication)")
package jp.shingikai.app.publication;

import org.springframework.modulith.ApplicationModule;

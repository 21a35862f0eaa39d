/**
 * 審議会: councils, their members and the departments that consult them.
 */
@ApplicationModule(displayName = "審議会 (councils)")
package jp.shingikai.app.council;

import org.springframework.modulith.ApplicationModule;

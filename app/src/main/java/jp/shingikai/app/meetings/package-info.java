/**
 * 会議: meetings of a council, their agenda and members, with their pages.
 */
@ApplicationModule(displayName = "会議 (meetings)")
package jp.shingikai.app.meetings;

import org.springframework.modulith.ApplicationModule;

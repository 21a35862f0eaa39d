/**
 * 会議録: the record of a meeting, drafted by the secretariat from what the meeting recorded, confirmed by the members
 * who attended, fixed by the member who presided and published; a correction after 確定 is a new version.
 */
@ApplicationModule(displayName = "会議録 (minutes)")
package jp.shingikai.app.minutes;

import org.springframework.modulith.ApplicationModule;

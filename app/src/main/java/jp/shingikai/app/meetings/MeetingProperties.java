package jp.shingikai.app.meetings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Meeting practice of the council.
 *
 * @param noticeDays how many days before the meeting its 開催案内 is published at the latest; a later notice must say
 *                   why (急施の理由)
 */
@ConfigurationProperties("shingikai.meetings")
public record MeetingProperties(@DefaultValue("7") int noticeDays) {
}

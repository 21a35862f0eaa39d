package jp.shingikai.app.mail;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jp.shingikai.app.council.Council;
import jp.shingikai.app.meetings.Meeting;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The .ics a member's calendar takes the meeting from: 日時, 場所 and the council's name, in Japan time. */
final class MeetingInvitation {

    /** Councils sit for about two hours; the notice gives the start, the calendar needs an end. */
    private static final Duration SITTING = Duration.ofHours(2);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private MeetingInvitation() {
    }

    static String of(Meeting meeting, Council council) {
        ZonedDateTime start = meeting.heldOn().atTime(meeting.startsAt()).atZone(JAPAN);
        VEvent event = new VEvent(start, start.plus(SITTING), council.name() + " " + meeting.label());
        event.add(new Uid("meeting-" + meeting.id() + "@shingikai"));
        event.add(new Location(meeting.place()));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//shingikai//審議会事務システム//JA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString();
    }
}

package jp.shingikai.app.meetings;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jp.shingikai.app.council.Council;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Meetings as a calendar takes them (.ics): 日時, 場所 and the council's name, in Japan time. */
public final class MeetingCalendar {

    /** Councils sit for about two hours; the notice gives the start, the calendar needs an end. */
    private static final Duration SITTING = Duration.ofHours(2);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private MeetingCalendar() {
    }

    /** One meeting, as the invitation attached to the members' mail. */
    public static String of(Meeting meeting, Council council) {
        return of(List.of(meeting), council);
    }

    /** Several meetings of one council, as the public portal's calendar. */
    public static String of(List<Meeting> meetings, Council council) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//shingikai//審議会事務システム//JA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Meeting meeting : meetings) {
            ZonedDateTime start = meeting.heldOn().atTime(meeting.startsAt()).atZone(JAPAN);
            VEvent event = new VEvent(start, start.plus(SITTING), council.name() + " " + meeting.label());
            event.add(new Uid("meeting-" + meeting.id() + "@shingikai"));
            event.add(new Location(meeting.place()));
            calendar.add(event);
        }
        return calendar.toString();
    }
}

package jp.shingikai.app.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.meetings.Attendance.AbsenceReason;
import jp.shingikai.app.meetings.Attendance.AttendanceStatus;
import jp.shingikai.app.meetings.Attendance.ItemAbsence;
import jp.shingikai.app.meetings.Attendance.MemberAttendance;
import jp.shingikai.app.meetings.Attendance.PresidingRole;
import jp.shingikai.japanese.JapaneseText;
import org.springframework.util.MultiValueMap;

/**
 * The attendance form of the meeting page, as recorded or as typed: inputs {@code status-<member>},
 * {@code note-<member>}, {@code presidedBy}, {@code presidingRole}, rows {@code absence-<i>-item|member|reason},
 * {@code secretariat} and {@code explainers} (one name a line) and {@code publicAttendees}.
 */
record AttendanceForm(Map<Long, String> status, Map<Long, String> notes, String presidedBy, String presidingRole,
        List<String[]> absences, String secretariat, String explainers, String publicAttendees) {

    /** How many empty 退席・除斥 rows the form offers besides those recorded. */
    private static final int SPARE_ROWS = 2;

    static AttendanceForm of(Attendance recorded) {
        Map<Long, String> status = new LinkedHashMap<>();
        Map<Long, String> notes = new LinkedHashMap<>();
        List<String[]> absences = new ArrayList<>();
        if (recorded != null) {
            recorded.members().forEach(member -> {
                status.put(member.memberId(), member.status().name());
                notes.put(member.memberId(), member.note() == null ? "" : member.note());
            });
            recorded.itemAbsences().forEach(absence -> absences.add(new String[] {Integer.toString(absence.handoutNumber()),
                    Long.toString(absence.memberId()), absence.reason().name()}));
        }
        return new AttendanceForm(status, notes, recorded == null || recorded.presidedBy() == null ? "" : recorded.presidedBy().toString(),
                recorded == null ? "" : recorded.presidingRole().name(), spare(absences),
                recorded == null ? "" : String.join("\n", recorded.secretariat()),
                recorded == null ? "" : String.join("\n", recorded.explainers()),
                recorded == null ? "0" : Integer.toString(recorded.publicAttendees()));
    }

    /** The form as posted, and the attendance it says; what cannot be read (a word for a number) stays as typed. */
    static AttendanceForm typed(MultiValueMap<String, String> params, List<Long> memberIds) {
        Map<Long, String> status = new LinkedHashMap<>();
        Map<Long, String> notes = new LinkedHashMap<>();
        for (long id : memberIds) {
            status.put(id, value(params, "status-" + id));
            notes.put(id, value(params, "note-" + id));
        }
        List<String[]> absences = new ArrayList<>();
        for (int i = 0; params.containsKey("absence-" + i + "-item"); i++) {
            String[] row = {value(params, "absence-" + i + "-item"), value(params, "absence-" + i + "-member"),
                    value(params, "absence-" + i + "-reason")};
            if (!row[0].isEmpty() || !row[1].isEmpty()) {
                absences.add(row);
            }
        }
        return new AttendanceForm(status, notes, value(params, "presidedBy"), value(params, "presidingRole"), spare(absences),
                value(params, "secretariat"), value(params, "explainers"), value(params, "publicAttendees"));
    }

    Attendance attendance() {
        List<MemberAttendance> members = new ArrayList<>();
        status.forEach((id, chosen) -> members.add(new MemberAttendance(id, choice(AttendanceStatus.class, chosen), notes.get(id))));
        List<ItemAbsence> itemAbsences = absences.stream().filter(row -> !row[0].isEmpty() || !row[1].isEmpty())
                .map(row -> new ItemAbsence(number(row[0], -1), number(row[1], -1),
                        choice(AbsenceReason.class, row[2])))
                .toList();
        return new Attendance(members, presidedBy.isEmpty() ? null : (long) number(presidedBy, -1),
                choice(PresidingRole.class, presidingRole), itemAbsences, secretariat.lines().toList(),
                explainers.lines().toList(), number(publicAttendees, -1));
    }

    /** The member's attendance as people read it (出席), or empty when none is chosen. */
    public String statusLabel(long memberId) {
        AttendanceStatus chosen = choice(AttendanceStatus.class, status.getOrDefault(memberId, ""));
        return chosen == null ? "" : chosen.label();
    }

    private static List<String[]> spare(List<String[]> rows) {
        List<String[]> all = new ArrayList<>(rows);
        for (int i = 0; i < SPARE_ROWS; i++) {
            all.add(new String[] {"", "", ""});
        }
        return all;
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** The choice as posted, or none for an empty or unknown value (the validation then names the field). */
    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value.isEmpty() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String text, int otherwise) {
        try {
            return Integer.parseInt(JapaneseText.clean(text));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}

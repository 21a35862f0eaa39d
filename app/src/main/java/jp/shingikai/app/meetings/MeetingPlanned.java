package jp.shingikai.app.meetings;

/** The secretariat registered a meeting (第N回, its date, place and members). */
public record MeetingPlanned(long meetingId, String label, String plannedBy) {
}

package jp.shingikai.app.meetings;

/** A meeting has been recorded as held. */
public record MeetingHeld(long meetingId, String recordedBy) {
}

package jp.shingikai.app.meetings;

/** The secretariat distributed the meeting's packet to its members. */
public record PacketDistributed(long meetingId, String label, String distributedBy) {
}

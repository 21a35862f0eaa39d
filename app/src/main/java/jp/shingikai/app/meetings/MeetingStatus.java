package jp.shingikai.app.meetings;

public enum MeetingStatus {
    PLANNED("開催予定"),
    HELD("開催済み");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

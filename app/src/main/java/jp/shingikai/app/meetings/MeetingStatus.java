package jp.shingikai.app.meetings;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum MeetingStatus {
    PLANNED("開催予定"),
    HELD("開催済み");

    @Getter
    private final String label;
}

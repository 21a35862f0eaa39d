package jp.shingikai.app.meetings;

import java.util.List;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * 出席・欠席: who attended a meeting, who presided, and who was not there for which 議題.
 *
 * @param members         every member of the meeting with how they attended
 * @param presidedBy      the member who presided
 * @param itemAbsences    members who attended but were not there for one 議題
 * @param secretariat     事務局 staff present, as named in the 会議録
 * @param explainers      説明者: department staff who explained an item
 * @param publicAttendees 傍聴者数
 */
public record Attendance(List<MemberAttendance> members, Long presidedBy, PresidingRole presidingRole,
        List<ItemAbsence> itemAbsences, List<String> secretariat, List<String> explainers, int publicAttendees) {

    /** One member's attendance; {@code note} says when someone came late or left early. */
    public record MemberAttendance(long memberId, AttendanceStatus status, String note) {
    }

    /** A member who was not there for the 議題 with this 資料 number. */
    public record ItemAbsence(int handoutNumber, long memberId, AbsenceReason reason) {
    }

    /** 出席, 欠席, 遅参 or 早退. */
    @RequiredArgsConstructor
    public enum AttendanceStatus {
        PRESENT("出席"), ABSENT("欠席"), LATE("遅参"), LEFT_EARLY("早退");

        @Getter
        private final String label;

        /** Was there for at least part of the meeting. */
        public boolean attended() {
            return this != ABSENT;
        }
    }

    /** Who presided: the 会長, or the 職務代理者 in the 会長's absence. */
    @RequiredArgsConstructor
    public enum PresidingRole {
        CHAIR("会長"), ACTING_CHAIR("職務代理者");

        @Getter
        private final String label;
    }

    /** 退席 (left the room for the item) or 除斥 (excluded from it, as an interested party). */
    @RequiredArgsConstructor
    public enum AbsenceReason {
        LEFT("退席"), EXCLUDED("除斥");

        @Getter
        private final String label;
    }
}

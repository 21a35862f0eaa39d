package jp.shingikai.app.meetings;

import jp.shingikai.app.system.SubjectType;

/** One 議事 of a meeting, numbered by its 資料. */
public record AgendaItem(long meetingId, int handoutNumber, SubjectType subjectType, long subjectId, String title) {

    /** (諮問) or (報告), as the 次第 marks each item. */
    public String marker() {
        return subjectType == SubjectType.CONSULTATION ? "諮問" : "報告";
    }
}

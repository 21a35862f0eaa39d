package jp.shingikai.app.meetings;

import jp.shingikai.app.system.SubjectType;

/**
 * One 議事 of a meeting, numbered by its 資料.
 *
 * @param closed       非公開: left out of everything the public sees
 * @param closedReason why it is closed (個人情報を含むため), required when it is
 */
public record AgendaItem(long meetingId, int handoutNumber, SubjectType subjectType, long subjectId, String title,
        boolean closed, String closedReason) {

    /** (諮問), (報告) or (第三者点検), as the 次第 marks each item. */
    public String marker() {
        return subjectType.label();
    }
}

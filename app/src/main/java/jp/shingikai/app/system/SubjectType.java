package jp.shingikai.app.system;

/** What an agenda item, history entry or notice is about. */
public enum SubjectType {
    /** 諮問 */
    CONSULTATION,
    /** 報告 */
    REPORT,
    /** 会議 */
    MEETING,
    /** 会議録 */
    MINUTES
}

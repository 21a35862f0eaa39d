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
    MINUTES;

    /** Where the page of one subject of this type is, for links in lists and mail. */
    public String pagePath(long id) {
        return switch (this) {
            case CONSULTATION -> "/consultations/";
            case REPORT -> "/reports/";
            case MEETING -> "/meetings/";
            case MINUTES -> "/minutes/";
        } + id;
    }
}

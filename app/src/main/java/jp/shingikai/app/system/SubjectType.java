package jp.shingikai.app.system;

import java.util.Arrays;
import java.util.Optional;

/** What an agenda item, history entry or notice is about. */
public enum SubjectType {
    /** 諮問 */
    CONSULTATION,
    /** 報告 */
    REPORT,
    /** 会議 */
    MEETING,
    /** 会議録 */
    MINUTES,
    /** 特定個人情報保護評価の第三者点検 */
    ASSESSMENT;

    /** What people call a subject of this type: 諮問, 報告, 会議, 会議録, 第三者点検. */
    public String label() {
        return switch (this) {
            case CONSULTATION -> "諮問";
            case REPORT -> "報告";
            case MEETING -> "会議";
            case MINUTES -> "会議録";
            case ASSESSMENT -> "第三者点検";
        };
    }

    /** The first segment of the addresses of this type's pages and API: {@code consultations}, {@code minutes}… */
    public String pathSegment() {
        return switch (this) {
            case CONSULTATION -> "consultations";
            case REPORT -> "reports";
            case MEETING -> "meetings";
            case MINUTES -> "minutes";
            case ASSESSMENT -> "assessment-reviews";
        };
    }

    /** The type whose addresses start with this segment. */
    public static Optional<SubjectType> ofPathSegment(String segment) {
        return Arrays.stream(values()).filter(type -> type.pathSegment().equals(segment)).findFirst();
    }

    /** Where the page of one subject of this type is, for links in lists and mail. */
    public String pagePath(long id) {
        return "/" + pathSegment() + "/" + id;
    }
}

package jp.shingikai.app.workflow;

/** What the step mechanism reads of a case of any kind (諮問, 報告, and later ones). */
public interface CaseRecord {

    long id();

    long councilId();

    String departmentCode();

    String title();

    CaseStatus status();

    /** The meeting the case is (or was last) put on, or null. */
    Long meetingId();

    /** The process running the case, or null before it starts. */
    String processInstanceId();

    /** Who wrote it: the drafter the case's decisions are told to. */
    String createdBy();

    /** Bumped by every change; a change based on an older version is refused. */
    int version();
}

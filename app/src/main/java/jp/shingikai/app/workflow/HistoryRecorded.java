package jp.shingikai.app.workflow;

import jp.shingikai.app.system.SubjectType;

/** A change was written to a case's history (the audit trail listens, in the same transaction). */
public record HistoryRecorded(SubjectType subjectType, long subjectId, HistoryAction action, String actor,
        String statusAfter, String statusLabel) {
}

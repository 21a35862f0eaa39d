package jp.shingikai.app.documents;

import jp.shingikai.app.system.SubjectType;

/** What happened to papers, for the audit trail. */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    /** A paper or packet was generated (a new version stored). */
    public record DocumentStored(long documentId, SubjectType subjectType, long subjectId, String title, int version,
            String actor) {
    }

    /** Someone downloaded a paper; papers are not public until the meeting has them. */
    public record DocumentDownloaded(long documentId, SubjectType subjectType, long subjectId, String title, int version,
            String actor) {
    }
}

package jp.shingikai.app.documents;

import java.time.OffsetDateTime;

import jp.shingikai.app.system.SubjectType;

/**
 * One version of a file belonging to a consultation, report or meeting.
 *
 * @param kind the paper it is (a template name such as CONSULTATION_LETTER, or PACKET_ZIP / PACKET_PDF)
 */
public record StoredDocument(long id, SubjectType subjectType, long subjectId, String kind, String title, String fileName,
        String mediaType, String sha256, long sizeBytes, int version, String createdBy, OffsetDateTime createdAt) {
}

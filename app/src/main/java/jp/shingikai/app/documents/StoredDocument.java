package jp.shingikai.app.documents;

import java.time.OffsetDateTime;

import jp.shingikai.app.system.SubjectType;
import jp.shingikai.templates.DocumentTemplate;

/**
 * One version of a file belonging to a consultation, report or meeting.
 *
 * @param kind the paper it is (a template name such as CONSULTATION_LETTER, or PACKET_ZIP / PACKET_PDF)
 */
public record StoredDocument(long id, SubjectType subjectType, long subjectId, String kind, String title, String fileName,
        String mediaType, String sha256, long sizeBytes, int version, String createdBy, OffsetDateTime createdAt) {

    /**
     * The type of paper as people call it: 諮問事項別説明書（本人以外からの収集） counts as a 諮問事項別説明書; the agenda
     * is stored under its template name, and attachments under their file names.
     */
    public String paperType() {
        if (forThePublic()) {
            return "公開用資料";
        }
        if (kind.startsWith(Attachments.KIND_PREFIX)) {
            return "添付資料";
        }
        return kind.equals(DocumentTemplate.AGENDA.name()) ? DocumentTemplate.AGENDA.title() : kind.replaceFirst("（.*）$", "");
    }

    /** A file of the public set of published minutes, which the portal serves. */
    public boolean forThePublic() {
        return kind.startsWith(MinutesPapers.PUBLIC_PREFIX);
    }
}

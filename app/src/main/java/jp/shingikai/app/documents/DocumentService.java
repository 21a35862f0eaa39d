package jp.shingikai.app.documents;

import java.util.List;
import java.util.Optional;

import jp.shingikai.app.assessments.AssessmentReviews;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.documents.internal.DocumentRepository;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.minutes.MinutesService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The papers as people and other features read them: every version, for whoever may see its case or meeting. */
@Service
@RequiredArgsConstructor
public class DocumentService {

    static final String DOCX = PaperFiles.DOCX;

    private final DocumentRepository documents;
    private final ContentStore files;
    private final ConsultationService consultations;
    private final ReportService reports;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final AssessmentReviews assessments;
    private final ApplicationEventPublisher events;

    public List<StoredDocument> documents(CurrentUser actor, SubjectType subjectType, long subjectId) {
        requireVisible(actor, subjectType, subjectId);
        return documents.forSubject(subjectType, subjectId);
    }

    public StoredDocument document(CurrentUser actor, long documentId) {
        StoredDocument document = documents.find(documentId).orElseThrow(() -> new NotFoundException("文書", documentId));
        requireVisible(actor, document.subjectType(), document.subjectId());
        return document;
    }

    /** The file, for someone allowed to read it; every download is recorded in the audit trail. */
    public byte[] download(CurrentUser actor, StoredDocument document) {
        requireVisible(actor, document.subjectType(), document.subjectId());
        events.publishEvent(new DocumentEvents.DocumentDownloaded(document.id(), document.subjectType(), document.subjectId(),
                document.title(), document.version(), actor.username()));
        return content(document);
    }

    public byte[] content(StoredDocument document) {
        return files.get(document.sha256());
    }

    /**
     * The paper if it is the latest version of a Word paper, the one the documents index holds (the packet's .zip and
     * PDF repeat the papers).
     */
    public Optional<StoredDocument> latestWordPaper(long documentId) {
        return documents.find(documentId)
                .filter(document -> DOCX.equals(document.mediaType()) && !document.forThePublic())
                .filter(document -> documents.latestVersion(document.subjectType(), document.subjectId(), document.kind())
                        == document.version());
    }

    /** Every Word paper, for rebuilding the index. */
    public List<Long> paperIds() {
        return documents.ids(DOCX);
    }

    /** The papers of one case, report or meeting, whose index entries follow its status. */
    public List<Long> paperIds(SubjectType subjectType, long subjectId) {
        return documents.forSubject(subjectType, subjectId).stream().map(StoredDocument::id).toList();
    }

    private void requireVisible(CurrentUser actor, SubjectType subjectType, long subjectId) {
        switch (subjectType) {
            case CONSULTATION -> consultations.get(actor, subjectId);
            case REPORT -> reports.get(actor, subjectId);
            case MEETING -> {
                meetings.meeting(subjectId);
                if (!(actor.has(Role.SECRETARIAT) || actor.has(Role.SOUMU) || actor.has(Role.VIEWER)
                        || meetings.papersVisibleTo(subjectId, actor.username()))) {
                    throw new ForbiddenException("この会議の資料を閲覧する権限がありません（委員には配布後に表示されます）。");
                }
            }
            case MINUTES -> minutes.get(actor, subjectId);
            case ASSESSMENT -> assessments.get(actor, subjectId);
        }
    }
}

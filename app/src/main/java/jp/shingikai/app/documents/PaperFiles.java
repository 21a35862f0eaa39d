package jp.shingikai.app.documents;

import jp.shingikai.app.documents.internal.DocumentRepository;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.templates.PacketPart;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Stores a paper as a new version: the bytes in the file store under their SHA-256, the metadata in the database. */
@Component
@RequiredArgsConstructor
class PaperFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentRepository documents;
    private final ContentStore files;
    private final SearchOutbox outbox;
    private final ApplicationEventPublisher events;

    /** A generated Word paper, filed under its name without the 資料 number. */
    StoredDocument storeDocx(SubjectType subjectType, long subjectId, PacketPart paper, String actor) {
        String kind = paper.bookmark().replaceFirst("^資料\\d+ ", "");
        return store(subjectType, subjectId, kind, paper.bookmark(), paper.fileName(), DOCX, paper.docx(), actor);
    }

    StoredDocument store(SubjectType subjectType, long subjectId, String kind, String title, String fileName,
            String mediaType, byte[] content, String actor) {
        String sha256 = files.put(content);
        long id = documents.insertNextVersion(subjectType, subjectId, kind, title, fileName, mediaType, sha256, content.length, actor);
        StoredDocument stored = documents.find(id).orElseThrow();
        events.publishEvent(new DocumentEvents.DocumentStored(id, subjectType, subjectId, title, stored.version(), actor));
        if (DOCX.equals(mediaType)) {
            // The new version replaces the previous one in the index.
            outbox.enqueue(SearchOutbox.Document.PAPER, id);
            documents.version(subjectType, subjectId, kind, stored.version() - 1)
                    .ifPresent(previous -> outbox.enqueue(SearchOutbox.Document.PAPER, previous.id()));
        }
        return stored;
    }
}

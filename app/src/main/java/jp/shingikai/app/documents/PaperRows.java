package jp.shingikai.app.documents;

import java.time.Clock;
import java.util.List;

import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.app.web.SubjectPapers;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The papers the case and meeting pages list, read under the same rules as a download. */
@Component
@RequiredArgsConstructor
class PaperRows implements SubjectPapers {

    private final DocumentService documents;
    private final Clock clock;

    @Override
    public List<SubjectPage.PaperRow> papers(CurrentUser actor, SubjectType subjectType, long subjectId) {
        return documents.documents(actor, subjectType, subjectId).stream()
                .map(d -> new SubjectPage.PaperRow(d.id(), d.title(), d.version(), SubjectPage.when(d.createdAt(), clock))).toList();
    }
}

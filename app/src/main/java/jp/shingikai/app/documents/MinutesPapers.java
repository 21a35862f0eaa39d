package jp.shingikai.app.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.documents.internal.DocumentRepository;
import jp.shingikai.app.documents.internal.PaperData;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.minutes.Minutes;
import jp.shingikai.app.minutes.MinutesEdition;
import jp.shingikai.app.minutes.MinutesEdition.Audience;
import jp.shingikai.app.minutes.MinutesService;
import jp.shingikai.app.minutes.MinutesStatus;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.HistoryRecorded;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.PacketAssembler;
import jp.shingikai.templates.PacketPart;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 会議録 as files. Each fixed version is kept as .docx and PDF for the council. At 公開 the public set is made:
 * the 次第 of the open 議題, their 資料 and 答申書 as distributed, and the 会議録（公開版）, each as .docx, with one
 * bound PDF of them all; correcting published minutes makes the set afresh. Closed 議題 have no part in it.
 */
@Service
@RequiredArgsConstructor
public class MinutesPapers {

    private static final Logger log = LoggerFactory.getLogger(MinutesPapers.class);
    /** Public files are stored under kinds with this prefix, so that the portal serves those and nothing else. */
    static final String PUBLIC_PREFIX = "公開:";
    private static final String MINUTES = DocumentTemplate.MINUTES.title();
    private static final String PDF = "application/pdf";
    /** The papers of a 議題 as the members received them; the 届出書 and attachments stay with the case. */
    private static final Set<String> MEETING_PAPERS = Set.of(DocumentTemplate.CONSULTATION_LETTER.title(),
            DocumentTemplate.STATEMENT_SENSITIVE_INFORMATION.title(), DocumentTemplate.STATEMENT_COLLECTION_FROM_OTHERS.title(),
            DocumentTemplate.STATEMENT_USE_BEYOND_PURPOSE.title(), DocumentTemplate.STATEMENT_ONLINE_PROVISION.title(),
            DocumentTemplate.REPORT.title(), DocumentTemplate.ANSWER.title());

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final CouncilDirectory councils;
    private final DocumentRepository documents;
    private final DocumentService stored;
    private final PaperFiles files;
    private final PaperGeneration papers;
    private final DocumentGenerator generator;
    private final PacketAssembler assembler;

    @EventListener
    void onMinutesChanged(HistoryRecorded recorded) {
        if (recorded.subjectType() != SubjectType.MINUTES) {
            return;
        }
        long id = recorded.subjectId();
        boolean published = MinutesStatus.PUBLISHED.name().equals(recorded.statusAfter());
        switch (recorded.action()) {
            case MINUTES_FIXED -> papers.recordingFailure(SubjectType.MINUTES, id, () -> storeFixedVersion(id));
            case MINUTES_CORRECTED -> papers.recordingFailure(SubjectType.MINUTES, id, () -> {
                storeFixedVersion(id);
                if (published) {
                    storePublicSet(id);
                }
            });
            case MINUTES_PUBLISHED -> papers.recordingFailure(SubjectType.MINUTES, id, () -> storePublicSet(id));
            default -> {
                // Other steps change no file.
            }
        }
    }

    /** Makes the files again, for the secretariat, after a failure (a template error, LibreOffice missing). */
    @Transactional
    public List<StoredDocument> rebuild(CurrentUser actor, long id) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("会議録の文書の作成は事務局が行います。");
        }
        Minutes found = minutes.get(actor, id);
        storeFixedVersion(id);
        if (found.status() == MinutesStatus.PUBLISHED) {
            storePublicSet(id);
        }
        return documents.forSubject(SubjectType.MINUTES, id);
    }

    /** The public set of published minutes, each file in its latest version; none before 公開. */
    public List<StoredDocument> publicSet(Minutes published) {
        if (published.status() != MinutesStatus.PUBLISHED) {
            return List.of();
        }
        return latestOfEachKind(documents.forSubject(SubjectType.MINUTES, published.id()), StoredDocument::forThePublic);
    }

    /** One file of the public set, for anyone; a file outside it is not found, whatever its number. */
    public StoredDocument publicFile(Minutes published, long documentId) {
        return publicSet(published).stream().filter(document -> document.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("公開されている文書", documentId));
    }

    public byte[] content(StoredDocument document) {
        return stored.content(document);
    }

    private void storeFixedVersion(long id) {
        MinutesEdition edition = minutes.latestEdition(id, Audience.INTERNAL);
        String name = fileName(edition) + "_" + edition.version().replaceFirst("（.*", "");
        byte[] docx = generator.generate(DocumentTemplate.MINUTES, PaperData.minutes(edition));
        files.store(SubjectType.MINUTES, id, MINUTES, MINUTES + " " + edition.version(), name + ".docx", PaperFiles.DOCX, docx,
                CaseHistory.SYSTEM);
        pdf(List.of(new PacketPart(MINUTES, name + ".docx", docx))).ifPresent(pdf -> files.store(SubjectType.MINUTES, id,
                MINUTES + "（PDF）", MINUTES + " " + edition.version() + "（PDF）", name + ".pdf", PDF, pdf, CaseHistory.SYSTEM));
    }

    private void storePublicSet(long id) {
        MinutesEdition edition = minutes.latestEdition(id, Audience.PUBLIC);
        Minutes published = minutes.minutes(id);
        Meeting meeting = meetings.meeting(published.meetingId());
        List<AgendaItem> open = meetings.agenda(meeting.id()).stream().filter(item -> !item.closed()).toList();
        List<PacketPart> parts = new ArrayList<>();
        parts.add(new PacketPart("会議次第", "会議次第.docx", generator.generate(DocumentTemplate.AGENDA,
                PaperData.agenda(meeting, councils.council(meeting.councilId()), open))));
        for (AgendaItem item : open) {
            for (StoredDocument paper : distributedPapers(item)) {
                String title = "資料" + item.handoutNumber() + " " + paper.kind();
                parts.add(new PacketPart(title, title.replace(' ', '_') + ".docx", stored.content(paper)));
            }
        }
        parts.add(new PacketPart("会議録（公開版）", fileName(edition) + "_公開版.docx",
                generator.generate(DocumentTemplate.MINUTES, PaperData.minutes(edition))));
        for (PacketPart part : parts) {
            files.store(SubjectType.MINUTES, id, PUBLIC_PREFIX + part.bookmark(), part.bookmark(), part.fileName(), PaperFiles.DOCX,
                    part.docx(), CaseHistory.SYSTEM);
        }
        pdf(parts).ifPresent(pdf -> files.store(SubjectType.MINUTES, id, PUBLIC_PREFIX + "PDF",
                meeting.label() + " 会議資料・会議録 一式（公開版）", fileName(edition) + "_公開版.pdf", PDF, pdf, CaseHistory.SYSTEM));
    }

    /** The latest version of each paper the members received for the 議題. */
    private List<StoredDocument> distributedPapers(AgendaItem item) {
        return latestOfEachKind(documents.forSubject(item.subjectType(), item.subjectId()),
                document -> MEETING_PAPERS.contains(document.kind()));
    }

    private static List<StoredDocument> latestOfEachKind(List<StoredDocument> all, Predicate<StoredDocument> which) {
        Map<String, StoredDocument> latest = all.stream().filter(which).collect(Collectors.toMap(StoredDocument::kind,
                Function.identity(), (one, other) -> one.version() > other.version() ? one : other));
        return latest.values().stream().sorted(Comparator.comparing(StoredDocument::id)).toList();
    }

    private Optional<byte[]> pdf(List<PacketPart> parts) {
        Optional<byte[]> pdf = assembler.pdf(parts);
        if (pdf.isEmpty()) {
            log.warn("LibreOffice がないため、会議録の PDF は作成しませんでした");
        }
        return pdf;
    }

    private static String fileName(MinutesEdition edition) {
        return edition.name().replace(" ", "_") + "_会議録";
    }
}

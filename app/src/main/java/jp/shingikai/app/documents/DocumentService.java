package jp.shingikai.app.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.shingikai.app.cases.Answer;
import jp.shingikai.app.cases.CaseEvents.RegistrationFiled;
import jp.shingikai.app.cases.CaseHistory;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.documents.internal.DocumentRepository;
import jp.shingikai.app.documents.internal.PaperData;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.PlacedOnAgenda;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.app.workflow.WorkflowEvents.AnswerDocumentDue;
import jp.shingikai.processes.ConsultationGround;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.TextExtractor;
import jp.shingikai.search.index.PaperDocument;
import jp.shingikai.templates.DocumentGenerationException;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.PacketAssembler;
import jp.shingikai.templates.PacketPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers: generated from the templates when a case or report goes on an agenda and when an answer is recorded,
 * bound into the meeting packet on request, and kept as versions in the file store.
 *
 * <p>A paper that cannot be generated (a template error, a missing field) does not stop the workflow: the failure is
 * written to the case history with its reason, and building the packet reports it to the secretariat.
 */
@Service
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ZIP = "application/zip";
    static final String PDF = "application/pdf";
    static final String PACKET_ZIP = "PACKET_ZIP";
    private static final String ATTACHMENT_PREFIX = "添付:";
    private static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

    private final DocumentRepository documents;
    private final ContentStore files;
    private final DocumentGenerator generator;
    private final PacketAssembler assembler;
    private final ConsultationService consultations;
    private final ReportService reports;
    private final MeetingService meetings;
    private final CouncilDirectory councils;
    private final Workflow workflow;
    private final CaseHistory history;
    private final SearchOutbox outbox;
    private final TextExtractor extractor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentService(DocumentRepository documents, ContentStore files, DocumentGenerator generator, PacketAssembler assembler,
            ConsultationService consultations, ReportService reports, MeetingService meetings, CouncilDirectory councils,
            Workflow workflow, CaseHistory history, SearchOutbox outbox, TextExtractor extractor, ApplicationEventPublisher events,
            Clock clock) {
        this.documents = documents;
        this.files = files;
        this.generator = generator;
        this.assembler = assembler;
        this.consultations = consultations;
        this.reports = reports;
        this.meetings = meetings;
        this.councils = councils;
        this.workflow = workflow;
        this.history = history;
        this.outbox = outbox;
        this.extractor = extractor;
        this.events = events;
        this.clock = clock;
    }

    /** 資料作成: the papers of a case or report that has just gone on an agenda. */
    @EventListener
    void onPlacedOnAgenda(PlacedOnAgenda placed) {
        AgendaItem item = placed.item();
        generateRecordingFailure(item.subjectType(), item.subjectId(), () -> {
            List<PacketPart> papers = item.subjectType() == SubjectType.CONSULTATION
                    ? consultationPapers(consultations.consultation(item.subjectId()), item.handoutNumber())
                    : List.of(reportPaper(reports.report(item.subjectId()), item.handoutNumber()));
            papers.forEach(paper -> storeDocx(item.subjectType(), item.subjectId(), paper, "system"));
        });
    }

    /** 答申書作成. */
    @EventListener
    void onAnswerDocumentDue(AnswerDocumentDue due) {
        generateRecordingFailure(SubjectType.CONSULTATION, due.consultationId(), () -> {
            Consultation consultation = consultations.consultation(due.consultationId());
            List<Answer> answers = consultations.answers(consultation.id());
            Answer answer = answers.get(answers.size() - 1);
            byte[] docx = generator.generate(DocumentTemplate.ANSWER, PaperData.answer(consultation,
                    councils.council(consultation.councilId()), departmentName(consultation.departmentCode()), answer));
            storeDocx(SubjectType.CONSULTATION, consultation.id(),
                    new PacketPart("答申書", consultation.caseNumber() + "_答申書.docx", docx), "system");
        });
    }

    /** 届出書: the notification the department filed, as the registry office files it. */
    @EventListener
    void onRegistrationFiled(RegistrationFiled filed) {
        generateRecordingFailure(SubjectType.CONSULTATION, filed.consultationId(), () -> {
            Consultation consultation = consultations.consultation(filed.consultationId());
            byte[] docx = generator.generate(DocumentTemplate.REGISTRATION_NOTICE, PaperData.registrationNotice(consultation,
                    councils.council(consultation.councilId()), departmentName(consultation.departmentCode()), filed.filing(),
                    LocalDate.now(clock)));
            storeDocx(SubjectType.CONSULTATION, consultation.id(), new PacketPart(DocumentTemplate.REGISTRATION_NOTICE.title(),
                    consultation.caseNumber() + "_" + DocumentTemplate.REGISTRATION_NOTICE.title() + ".docx", docx), filed.actor());
        });
    }

    /**
     * Builds the meeting packet afresh from the current templates and records: 次第 first, then each item's papers in
     * 資料 order, as a .zip and (where LibreOffice is installed) one PDF. Each build is a new version.
     */
    @Transactional
    public List<StoredDocument> buildPacket(CurrentUser actor, long meetingId) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("会議資料の作成は事務局が行います。");
        }
        Meeting meeting = meetings.meeting(meetingId);
        Council council = councils.council(meeting.councilId());
        List<AgendaItem> agenda = meetings.agenda(meetingId);
        List<PacketPart> papers = new ArrayList<>();
        papers.add(new PacketPart("会議次第", "会議次第.docx",
                generator.generate(DocumentTemplate.AGENDA, PaperData.agenda(meeting, council, agenda))));
        for (AgendaItem item : agenda) {
            papers.addAll(item.subjectType() == SubjectType.CONSULTATION
                    ? consultationPapers(consultations.consultation(item.subjectId()), item.handoutNumber())
                    : List.of(reportPaper(reports.report(item.subjectId()), item.handoutNumber())));
        }
        List<PacketPart> numbered = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            numbered.add(new PacketPart(papers.get(i).bookmark(), String.format("%02d_%s", i, papers.get(i).fileName()),
                    papers.get(i).docx()));
        }
        String name = meeting.label().replace(" ", "") + "_会議資料";
        List<StoredDocument> stored = new ArrayList<>();
        stored.add(store(SubjectType.MEETING, meetingId, DocumentTemplate.AGENDA.name(), "会議次第", "会議次第.docx", DOCX,
                papers.get(0).docx(), actor.username()));
        stored.add(store(SubjectType.MEETING, meetingId, PACKET_ZIP, meeting.label() + " 会議資料（Word）", name + ".zip", ZIP,
                assembler.zip(numbered), actor.username()));
        Optional<byte[]> pdf = assembler.pdf(numbered);
        pdf.ifPresent(bytes -> stored.add(store(SubjectType.MEETING, meetingId, "PACKET_PDF", meeting.label() + " 会議資料（PDF）",
                name + ".pdf", PDF, bytes, actor.username())));
        if (pdf.isEmpty()) {
            log.warn("LibreOffice がないため、会議資料の PDF は作成しませんでした（{}）", meeting.label());
        }
        return stored;
    }

    /**
     * 添付資料: a file the department attaches to its draft (a questionnaire, a contract's special terms). It is read
     * with Tika first, so a corrupt, encrypted, empty, oversized or unreadable file is refused with the reason.
     */
    @Transactional
    public StoredDocument attach(CurrentUser actor, long consultationId, String fileName, byte[] content) {
        Consultation consultation = consultations.get(actor, consultationId);
        if (!actor.has(Role.DEPARTMENT) || !actor.actsFor(consultation.departmentCode()) || !consultation.status().isEditable()) {
            throw new ForbiddenException("資料を添付できるのは、起案中または差戻し中の諮問の所管課です。");
        }
        String name = fileName == null || fileName.isBlank() ? "添付資料" : fileName.strip();
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException("/file", "添付資料", "「" + name + "」は大きすぎます（上限 20MB）。");
        }
        ExtractionResult read = extractor.extract(name, content);
        if (!read.isOk()) {
            throw new InvalidInputException("/file", "添付資料", read.message());
        }
        return store(SubjectType.CONSULTATION, consultationId, ATTACHMENT_PREFIX + name, "添付資料 " + name, name, read.mediaType(),
                content, actor.username());
    }

    /** 配布: the latest packet goes to the meeting's members, who may read the papers from now on. */
    @Transactional
    public Meeting distributePacket(CurrentUser actor, long meetingId) {
        boolean built = documents.forSubject(SubjectType.MEETING, meetingId).stream()
                .anyMatch(document -> document.kind().equals(PACKET_ZIP));
        if (!built) {
            throw new StateConflictException("会議資料がまだ作成されていません。先に会議資料を作成してください。");
        }
        return meetings.distribute(actor, meetingId);
    }

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
     * The paper as the documents index holds it: only the latest version of a Word paper (the packet's .zip and PDF
     * repeat the papers), with the text Tika reads from it. Empty for anything else, which the index then drops.
     */
    public Optional<PaperDocument> searchDocument(long documentId) {
        return documents.find(documentId)
                .filter(document -> DOCX.equals(document.mediaType()))
                .filter(document -> documents.latestVersion(document.subjectType(), document.subjectId(), document.kind())
                        == document.version())
                .map(this::paperDocument);
    }

    /** Every Word paper, for rebuilding the index. */
    public List<Long> paperIds() {
        return documents.ids(DOCX);
    }

    /** The papers of one case, report or meeting, whose index entries follow its status. */
    public List<Long> paperIds(SubjectType subjectType, long subjectId) {
        return documents.forSubject(subjectType, subjectId).stream().map(StoredDocument::id).toList();
    }

    private PaperDocument paperDocument(StoredDocument document) {
        String subject;
        String department = null;
        String status = null;
        Integer fiscalYear;
        Council council;
        switch (document.subjectType()) {
            case CONSULTATION -> {
                Consultation consultation = consultations.consultation(document.subjectId());
                subject = consultation.caseNumber() + " " + consultation.title();
                department = departmentName(consultation.departmentCode());
                status = consultation.status().name();
                fiscalYear = consultation.fiscalYear();
                council = councils.council(consultation.councilId());
            }
            case REPORT -> {
                Report report = reports.report(document.subjectId());
                subject = report.title();
                department = departmentName(report.departmentCode());
                status = report.status().name();
                fiscalYear = report.meetingId() == null ? null : meetings.meeting(report.meetingId()).fiscalYear();
                council = councils.council(report.councilId());
            }
            default -> {
                Meeting meeting = meetings.meeting(document.subjectId());
                subject = meeting.label();
                fiscalYear = meeting.fiscalYear();
                council = councils.council(meeting.councilId());
            }
        }
        ExtractionResult text = extractor.extract(document.fileName(), content(document));
        return new PaperDocument(documentType(document), document.title(), document.fileName(), subject, council.municipality(),
                department, status, fiscalYear, document.createdAt().toLocalDate(), "/api/documents/" + document.id() + "/content",
                text.text());
    }

    /**
     * 諮問事項別説明書（本人以外からの収集） counts as a 諮問事項別説明書; the agenda is stored under its template name, and
     * attachments under their file names.
     */
    private static String documentType(StoredDocument document) {
        if (document.kind().startsWith(ATTACHMENT_PREFIX)) {
            return "添付資料";
        }
        return document.kind().equals(DocumentTemplate.AGENDA.name())
                ? DocumentTemplate.AGENDA.title() : document.kind().replaceFirst("（.*）$", "");
    }

    private List<PacketPart> consultationPapers(Consultation consultation, int handout) {
        Council council = councils.council(consultation.councilId());
        String department = departmentName(consultation.departmentCode());
        String prefix = "資料" + handout;
        List<PacketPart> papers = new ArrayList<>();
        papers.add(new PacketPart(prefix + " 諮問書", prefix + "_諮問書.docx", generator.generate(DocumentTemplate.CONSULTATION_LETTER,
                PaperData.letter(consultation, council, department, articles(council), LocalDate.now(clock)))));
        int annex = 1;
        for (Consultation.Ground ground : consultation.grounds()) {
            DocumentTemplate template = PaperData.statementTemplate(ground.ground());
            papers.add(new PacketPart(prefix + " " + template.title(), prefix + "_" + template.title() + ".docx",
                    generator.generate(template, PaperData.statement(consultation, department, ground.ground(), annex++))));
        }
        return papers;
    }

    private PacketPart reportPaper(Report report, int handout) {
        return new PacketPart("資料" + handout + " 報告書", "資料" + handout + "_報告書.docx",
                generator.generate(DocumentTemplate.REPORT, PaperData.report(report, departmentName(report.departmentCode()))));
    }

    /** The article each ground cites in this council's municipality, for the 諮問書's full list. */
    private Map<ConsultationGround, String> articles(Council council) {
        Map<String, Object> everyAnswerYes = new HashMap<>();
        for (String question : List.of("collectsSensitiveInformation", "collectsFromOthers", "usesBeyondPurpose", "providesOnline")) {
            everyAnswerYes.put(question, true);
        }
        Map<ConsultationGround, String> articles = new EnumMap<>(ConsultationGround.class);
        workflow.decideGrounds(council.code(), everyAnswerYes).forEach(row ->
                articles.put(ConsultationGround.valueOf((String) row.get("ground")), (String) row.get("article")));
        return articles;
    }

    private String departmentName(String code) {
        return councils.department(code).name();
    }

    private void storeDocx(SubjectType subjectType, long subjectId, PacketPart paper, String actor) {
        String kind = paper.bookmark().replaceFirst("^資料\\d+ ", "");
        store(subjectType, subjectId, kind, paper.bookmark(), paper.fileName(), DOCX, paper.docx(), actor);
    }

    private StoredDocument store(SubjectType subjectType, long subjectId, String kind, String title, String fileName,
            String mediaType, byte[] content, String actor) {
        String sha256 = files.put(content);
        long id = documents.insertNextVersion(subjectType, subjectId, kind, title, fileName, mediaType, sha256, content.length, actor);
        StoredDocument stored = documents.find(id).orElseThrow();
        events.publishEvent(new DocumentEvents.DocumentStored(id, subjectType, subjectId, title, stored.version(), actor));
        if (DOCX.equals(mediaType)) {
            // The new version replaces the previous one in the index.
            outbox.enqueue(SearchOutbox.PAPER, id);
            documents.version(subjectType, subjectId, kind, stored.version() - 1)
                    .ifPresent(previous -> outbox.enqueue(SearchOutbox.PAPER, previous.id()));
        }
        return stored;
    }

    private void generateRecordingFailure(SubjectType subjectType, long subjectId, Runnable generation) {
        try {
            generation.run();
        } catch (DocumentGenerationException e) {
            log.warn("{} {} の文書を作成できませんでした: {}", subjectType, subjectId, e.getMessage());
            String status = subjectType == SubjectType.CONSULTATION
                    ? consultations.consultation(subjectId).status().name() : reports.report(subjectId).status().name();
            history.record(subjectType, subjectId, "DOCUMENTS_FAILED", "system", status, Map.of("reason", e.getMessage()));
        }
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
        }
    }
}

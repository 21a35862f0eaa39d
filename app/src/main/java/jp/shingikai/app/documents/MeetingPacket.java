package jp.shingikai.app.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.documents.internal.DocumentRepository;
import jp.shingikai.app.documents.internal.PaperData;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.PacketAssembler;
import jp.shingikai.templates.PacketPart;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 会議資料: the meeting's packet, built by the secretariat and distributed to the members. */
@Service
@RequiredArgsConstructor
public class MeetingPacket {

    private static final Logger log = LoggerFactory.getLogger(MeetingPacket.class);
    static final String PACKET_ZIP = "PACKET_ZIP";

    private final DocumentRepository documents;
    private final PaperFiles files;
    private final PaperGeneration papers;
    private final DocumentGenerator generator;
    private final PacketAssembler assembler;
    private final MeetingService meetings;
    private final CouncilDirectory councils;

    /**
     * Builds the meeting packet afresh from the current templates and records: 次第 first, then each item's papers in
     * 資料 order, as a .zip and (where LibreOffice is installed) one PDF. Each build is a new version.
     */
    @Transactional
    public List<StoredDocument> build(CurrentUser actor, long meetingId) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("会議資料の作成は事務局が行います。");
        }
        Meeting meeting = meetings.meeting(meetingId);
        Council council = councils.council(meeting.councilId());
        List<AgendaItem> agenda = meetings.agenda(meetingId);
        List<PacketPart> parts = new ArrayList<>();
        parts.add(new PacketPart("会議次第", "会議次第.docx",
                generator.generate(DocumentTemplate.AGENDA, PaperData.agenda(meeting, council, agenda))));
        agenda.forEach(item -> parts.addAll(papers.papers(item)));
        List<PacketPart> numbered = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            numbered.add(new PacketPart(parts.get(i).bookmark(), String.format("%02d_%s", i, parts.get(i).fileName()),
                    parts.get(i).docx()));
        }
        String name = meeting.label().replace(" ", "") + "_会議資料";
        List<StoredDocument> stored = new ArrayList<>();
        stored.add(files.store(SubjectType.MEETING, meetingId, DocumentTemplate.AGENDA.name(), "会議次第", "会議次第.docx",
                PaperFiles.DOCX, parts.get(0).docx(), actor.username()));
        stored.add(files.store(SubjectType.MEETING, meetingId, PACKET_ZIP, meeting.label() + " 会議資料（Word）", name + ".zip",
                "application/zip", assembler.zip(numbered), actor.username()));
        Optional<byte[]> pdf = assembler.pdf(numbered);
        pdf.ifPresent(bytes -> stored.add(files.store(SubjectType.MEETING, meetingId, "PACKET_PDF",
                meeting.label() + " 会議資料（PDF）", name + ".pdf", "application/pdf", bytes, actor.username())));
        if (pdf.isEmpty()) {
            log.warn("LibreOffice がないため、会議資料の PDF は作成しませんでした（{}）", meeting.label());
        }
        return stored;
    }

    /** 配布: the latest packet goes to the meeting's members, who may read the papers from now on. */
    @Transactional
    public Meeting distribute(CurrentUser actor, long meetingId) {
        boolean built = documents.forSubject(SubjectType.MEETING, meetingId).stream()
                .anyMatch(document -> document.kind().equals(PACKET_ZIP));
        if (!built) {
            throw new StateConflictException("会議資料がまだ作成されていません。先に会議資料を作成してください。");
        }
        return meetings.distribute(actor, meetingId);
    }
}

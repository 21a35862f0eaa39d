package jp.shingikai.app.precedents;

import java.util.List;
import java.util.Optional;

import jp.shingikai.app.cases.Answer;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.cases.ConsultationText;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.documents.StoredDocument;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.search.extraction.TextExtractor;
import jp.shingikai.search.index.ConsultationDocument;
import jp.shingikai.search.index.PaperDocument;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** How a consultation and a paper become documents of the precedent search; empty for what the index must drop. */
@Component
@RequiredArgsConstructor
class SearchDocuments {

    private final ConsultationService consultations;
    private final ReportService reports;
    private final MeetingService meetings;
    private final DocumentService documents;
    private final CouncilDirectory councils;
    private final TextExtractor extractor;

    Optional<ConsultationDocument> consultation(long id) {
        return consultations.find(id).map(consultation -> {
            List<Answer> answers = consultations.answers(id);
            return new ConsultationDocument(councils.council(consultation.councilId()).municipality(), consultation.caseNumber(),
                    departmentName(consultation.departmentCode()), consultation.title(), ConsultationText.of(consultation.draft()),
                    consultation.grounds().stream().map(ground -> ground.ground().name()).toList(), consultation.status().name(),
                    answers.isEmpty() ? null : answers.get(answers.size() - 1).outcome().name(), consultation.fiscalYear());
        });
    }

    /** Only the latest version of a Word paper, with the text Tika reads from it. */
    Optional<PaperDocument> paper(long documentId) {
        return documents.latestWordPaper(documentId).map(this::paper);
    }

    private PaperDocument paper(StoredDocument document) {
        Subject subject = switch (document.subjectType()) {
            case CONSULTATION -> {
                Consultation consultation = consultations.consultation(document.subjectId());
                yield new Subject(consultation.caseNumber() + " " + consultation.title(),
                        departmentName(consultation.departmentCode()), consultation.status().name(), consultation.fiscalYear(),
                        councils.council(consultation.councilId()));
            }
            case REPORT -> {
                Report report = reports.report(document.subjectId());
                yield new Subject(report.title(), departmentName(report.departmentCode()), report.status().name(),
                        report.meetingId() == null ? null : meetings.meeting(report.meetingId()).fiscalYear(),
                        councils.council(report.councilId()));
            }
            case MEETING -> {
                Meeting meeting = meetings.meeting(document.subjectId());
                yield new Subject(meeting.label(), null, null, meeting.fiscalYear(), councils.council(meeting.councilId()));
            }
            // The 会議録 has no paper in the file store yet; its .docx comes with its template.
            case MINUTES -> throw new IllegalStateException("no paper of a 会議録 is indexed: " + document.id());
        };
        String text = extractor.extract(document.fileName(), documents.content(document)).text();
        return new PaperDocument(document.paperType(), document.title(), document.fileName(), subject.name(),
                subject.council().municipality(), subject.department(), subject.status(), subject.fiscalYear(),
                document.createdAt().toLocalDate(), "/api/documents/" + document.id() + "/content", text);
    }

    private String departmentName(String code) {
        return councils.department(code).name();
    }

    /** What a paper's index entry says of the case, report or meeting it belongs to. */
    private record Subject(String name, String department, String status, Integer fiscalYear, Council council) {
    }
}

package jp.shingikai.app.precedents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.assessments.AssessmentReview;
import jp.shingikai.app.assessments.AssessmentReviews;
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
import jp.shingikai.app.minutes.Minutes;
import jp.shingikai.app.minutes.MinutesEdition;
import jp.shingikai.app.minutes.MinutesService;
import jp.shingikai.app.minutes.MinutesStatus;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.search.extraction.TextExtractor;
import jp.shingikai.search.importers.CouncilPacket;
import jp.shingikai.search.index.ConsultationDocument;
import jp.shingikai.search.index.PaperDocument;
import jp.shingikai.search.index.PublicDocument;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** How a consultation and a paper become documents of the precedent search; empty for what the index must drop. */
@Component
@RequiredArgsConstructor
class SearchDocuments {

    private final ConsultationService consultations;
    private final ReportService reports;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final AssessmentReviews assessments;
    private final DocumentService documents;
    private final CouncilDirectory councils;
    private final TextExtractor extractor;
    private final PublishedCases publishedCases;

    Optional<ConsultationDocument> consultation(long id) {
        return consultations.find(id).map(consultation -> {
            List<Answer> answers = consultations.answers(id);
            return new ConsultationDocument(councils.council(consultation.councilId()).municipality(), consultation.caseNumber(),
                    departmentName(consultation.departmentCode()), consultation.title(), ConsultationText.of(consultation.draft()),
                    consultation.grounds().stream().map(ground -> ground.ground().name()).toList(), consultation.status().name(),
                    answers.isEmpty() ? null : answers.get(answers.size() - 1).outcome().name(), consultation.fiscalYear(),
                    ConsultationDocument.OWN, CouncilPacket.ItemKind.CONSULTATION.name(), null, null, "/consultations/" + id);
        });
    }

    /** A case another council published, with its 答申 when one came in. */
    Optional<ConsultationDocument> publishedCase(long id) {
        return publishedCases.find(id).map(found -> {
            LocalDate day = found.heldOn() != null ? found.heldOn() : found.answeredOn();
            String body = found.answerText() == null || found.answerText().equals(found.body()) ? found.body()
                    : found.body() + "\n" + found.answerText();
            return new ConsultationDocument(found.municipality(), found.caseNumber(), found.department(), found.subject(), body,
                    found.grounds().stream().map(Enum::name).toList(), ConsultationDocument.PUBLISHED,
                    found.outcome() == null ? null : found.outcome().name(), day == null ? null : FiscalYear.of(day).startYear(),
                    ConsultationDocument.PUBLISHED, found.kind().name(), found.meetingText().isEmpty() ? null : found.meetingText(),
                    found.heldOn(), found.link());
        });
    }

    /** Only the latest version of a Word paper, with the text Tika reads from it. */
    Optional<PaperDocument> paper(long documentId) {
        return documents.latestWordPaper(documentId).map(this::paper);
    }

    private PaperDocument paper(StoredDocument document) {
        Subject subject = switch (document.subjectType()) {
            case CONSULTATION -> {
                Consultation consultation = consultations.load(document.subjectId());
                yield new Subject(consultation.caseNumber() + " " + consultation.title(),
                        departmentName(consultation.departmentCode()), consultation.status().name(), consultation.fiscalYear(),
                        councils.council(consultation.councilId()));
            }
            case REPORT -> {
                Report report = reports.load(document.subjectId());
                yield new Subject(report.title(), departmentName(report.departmentCode()), report.status().name(),
                        report.meetingId() == null ? null : meetings.meeting(report.meetingId()).fiscalYear(),
                        councils.council(report.councilId()));
            }
            case MEETING -> {
                Meeting meeting = meetings.meeting(document.subjectId());
                yield new Subject(meeting.label(), null, null, meeting.fiscalYear(), councils.council(meeting.councilId()));
            }
            case MINUTES -> {
                Minutes found = minutes.minutes(document.subjectId());
                yield new Subject(found.title(), null, found.status().name(),
                        meetings.meeting(found.meetingId()).fiscalYear(), councils.council(found.councilId()));
            }
            case ASSESSMENT -> {
                AssessmentReview review = assessments.load(document.subjectId());
                yield new Subject(review.title(), departmentName(review.departmentCode()), review.status().name(),
                        FiscalYear.of(review.createdAt().toLocalDate()).startYear(), councils.council(review.councilId()));
            }
        };
        String text = extractor.extract(document.fileName(), documents.content(document)).text();
        return new PaperDocument(document.paperType(), document.title(), document.fileName(), subject.name(),
                subject.council().municipality(), subject.department(), subject.status(), subject.fiscalYear(),
                document.createdAt().toLocalDate(), "/api/documents/" + document.id() + "/content", text);
    }

    /** The 公開版 of a published 会議録, for the portal's search; nothing before 公開. */
    Optional<PublicDocument> publishedMinutes(long id) {
        Minutes found = minutes.minutes(id);
        if (found.status() != MinutesStatus.PUBLISHED) {
            return Optional.empty();
        }
        MinutesEdition edition = minutes.latestEdition(id, MinutesEdition.Audience.PUBLIC);
        String council = councils.council(found.councilId()).code();
        return Optional.of(new PublicDocument(council, "会議録", edition.name() + " 会議録",
                meetings.meeting(found.meetingId()).heldOn(), "/public/" + council + "/minutes/" + id, edition.allText()));
    }

    private String departmentName(String code) {
        return councils.department(code).name();
    }

    /** What a paper's index entry says of the case, report or meeting it belongs to. */
    private record Subject(String name, String department, String status, Integer fiscalYear, Council council) {
    }
}

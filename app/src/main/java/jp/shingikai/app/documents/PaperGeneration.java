package jp.shingikai.app.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.cases.Answer;
import jp.shingikai.app.cases.CaseEvents.RegistrationFiled;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationGrounds;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.documents.internal.PaperData;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.PlacedOnAgenda;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.RuleSet;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.WorkflowEvents.AnswerDocumentDue;
import jp.shingikai.templates.DocumentGenerationException;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.PacketPart;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The papers of each case, generated from the templates when it goes on an agenda (諮問書 and 諮問事項別説明書, or
 * 報告書), when its answer is recorded (答申書) and when its registration is filed (届出書).
 *
 * <p>A paper that cannot be generated (a template error, a missing field) does not stop the workflow: the failure is
 * written to the case history with its reason, and building the packet reports it to the secretariat.
 */
@Component
@RequiredArgsConstructor
class PaperGeneration {

    private static final Logger log = LoggerFactory.getLogger(PaperGeneration.class);

    private final DocumentGenerator generator;
    private final PaperFiles files;
    private final ConsultationService consultations;
    private final ConsultationGrounds grounds;
    private final ReportService reports;
    private final CouncilDirectory councils;
    private final Steps steps;
    private final Clock clock;

    /** 資料作成: the papers of a case or report that has just gone on an agenda. */
    @EventListener
    void onPlacedOnAgenda(PlacedOnAgenda placed) {
        AgendaItem item = placed.item();
        recordingFailure(item.subjectType(), item.subjectId(), () -> papers(item)
                .forEach(paper -> files.storeDocx(item.subjectType(), item.subjectId(), paper, CaseHistory.SYSTEM)));
    }

    /** 答申書作成. */
    @EventListener
    void onAnswerDocumentDue(AnswerDocumentDue due) {
        steps.note(SubjectType.CONSULTATION, due.consultationId(), HistoryAction.ANSWER_DOCUMENT_DUE, null);
        recordingFailure(SubjectType.CONSULTATION, due.consultationId(), () -> {
            Consultation consultation = consultations.load(due.consultationId());
            List<Answer> answers = consultations.answers(consultation.id());
            byte[] docx = generator.generate(DocumentTemplate.ANSWER, PaperData.answer(consultation,
                    councils.council(consultation.councilId()), departmentName(consultation.departmentCode()),
                    answers.get(answers.size() - 1)));
            files.storeDocx(SubjectType.CONSULTATION, consultation.id(),
                    new PacketPart("答申書", consultation.caseNumber() + "_答申書.docx", docx), CaseHistory.SYSTEM);
        });
    }

    /** 届出書: the notification the department filed, as the registry office files it. */
    @EventListener
    void onRegistrationFiled(RegistrationFiled filed) {
        recordingFailure(SubjectType.CONSULTATION, filed.consultationId(), () -> {
            Consultation consultation = consultations.load(filed.consultationId());
            DocumentTemplate notice = DocumentTemplate.REGISTRATION_NOTICE;
            byte[] docx = generator.generate(notice, PaperData.registrationNotice(consultation,
                    councils.council(consultation.councilId()), departmentName(consultation.departmentCode()), filed.filing(),
                    LocalDate.now(clock)));
            files.storeDocx(SubjectType.CONSULTATION, consultation.id(), new PacketPart(notice.title(),
                    consultation.caseNumber() + "_" + notice.title() + ".docx", docx), filed.actor());
        });
    }

    /** The papers of one agenda item, numbered with its 資料 number. */
    List<PacketPart> papers(AgendaItem item) {
        return switch (item.subjectType()) {
            case CONSULTATION -> consultationPapers(consultations.load(item.subjectId()), item.handoutNumber());
            // The 評価書 itself is the paper of a 第三者点検: members read it from the review's page.
            case ASSESSMENT -> List.of();
            default -> List.of(reportPaper(reports.load(item.subjectId()), item.handoutNumber()));
        };
    }

    private List<PacketPart> consultationPapers(Consultation consultation, int handout) {
        Council council = councils.council(consultation.councilId());
        String department = departmentName(consultation.departmentCode());
        String prefix = "資料" + handout;
        List<PacketPart> papers = new ArrayList<>();
        RuleSet ruleSet = grounds.ruleSetOf(consultation);
        papers.add(new PacketPart(prefix + " 諮問書", prefix + "_諮問書.docx", generator.generate(DocumentTemplate.CONSULTATION_LETTER,
                PaperData.letter(consultation, council, department, ruleSet, grounds.articles(ruleSet), LocalDate.now(clock)))));
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

    private String departmentName(String code) {
        return councils.department(code).name();
    }

    void recordingFailure(SubjectType subjectType, long subjectId, Runnable generation) {
        try {
            generation.run();
        } catch (DocumentGenerationException e) {
            log.warn("{} {} の文書を作成できませんでした: {}", subjectType, subjectId, e.getMessage());
            steps.note(subjectType, subjectId, HistoryAction.DOCUMENTS_FAILED, Map.of("reason", e.getMessage()));
        }
    }
}

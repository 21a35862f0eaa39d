package jp.shingikai.app.reports;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.cases.ConsultationStatus;
import jp.shingikai.app.cases.ConsultationSteps;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingHeld;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.reports.internal.ReportRepository;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.workflow.DraftedCaseSteps;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.Step;
import jp.shingikai.app.workflow.Step.Guard;
import jp.shingikai.app.workflow.Step.Outcome;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import jp.shingikai.processes.ReportKind;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 報告: implementation reports of approved consultations and after-the-fact reports, up to the meeting that hears
 * them. Its workflow steps are declared below and taken through {@link Steps}, as a consultation's are.
 */
@Service
@RequiredArgsConstructor
public class ReportSteps implements DraftedCaseSteps<Report> {

    private static final String REPORT_FORM = "report-draft";

    private final ReportRepository reports;
    private final ReportCaseKind kind;
    private final ReportAccess access;
    private final ConsultationService consultations;
    private final ConsultationSteps consultationSteps;
    private final CouncilDirectory councils;
    private final MeetingService meetings;
    private final Workflow workflow;
    private final Steps steps;

    /** 事後報告: a report that needed no consultation, such as new, changed or abolished registrations. */
    @Transactional
    public Report createAfterTheFact(CurrentUser actor, JsonNode input) {
        access.requireDrafterRole(actor);
        return steps.createDraft(kind, actor, REPORT_FORM, input, content -> {
            long id = reports.insert(councils.department(actor.departmentCode()).councilId(), actor.departmentCode(),
                    ReportKind.AFTER_THE_FACT, null, content, "pending", actor.username());
            reports.setProcess(id, workflow.startAfterTheFactReport(id, actor.departmentCode()));
            return id;
        });
    }

    /** 実施報告: the department writes the report its approved consultation owes, once the report is due. */
    @Transactional
    public Report createImplementationReport(CurrentUser actor, long consultationId, JsonNode input) {
        Consultation consultation = consultations.load(consultationId);
        access.requireDrafter(actor, consultation.departmentCode());
        String processId = consultation.processInstanceId() == null ? null
                : workflow.implementationReportProcess(consultation.processInstanceId()).orElse(null);
        if (processId == null || consultation.status() != ConsultationStatus.REGISTERED) {
            throw new StateConflictException("「" + consultation.status().label() + "」の諮問には実施報告を作成できません。"
                    + "実施報告は登録簿の更新後、報告期限が来てから作成します。");
        }
        if (reports.forProcess(processId).isPresent()) {
            throw new StateConflictException("この諮問の実施報告は既に作成されています。");
        }
        Report created = steps.createDraft(kind, actor, REPORT_FORM, input, content -> {
            long id = reports.insert(consultation.councilId(), consultation.departmentCode(), ReportKind.IMPLEMENTATION,
                    consultationId, content, processId, actor.username());
            workflow.setVariable(processId, Variables.REPORT_ID, id);
            return id;
        });
        consultationSteps.advance(consultationId, ConsultationStatus.REPORTING, HistoryAction.REPORT_STARTED);
        return created;
    }

    /** Refuses anyone but the department's drafters, before anything else about an edit is looked at. */
    @Override
    public void requireDrafter(CurrentUser actor, long id) {
        access.requireDrafter(actor, kind.find(id));
    }

    /** Changes the report while it is with the department; a stale version is refused. */
    @Transactional
    @Override
    public Report edit(CurrentUser actor, long id, int expectedVersion, JsonNode input) {
        return steps.editDraft(kind, access::requireDrafter, actor, id, expectedVersion, REPORT_FORM, input,
                reports::updateContent);
    }

    /** 提出 of the report as last saved. */
    @Transactional
    @Override
    public Report submit(CurrentUser actor, long id, Integer expectedVersion) {
        Report report = kind.find(id);
        access.requireDrafter(actor, report);
        return steps.take(kind, new Step<>(Tasks.REPORT_DRAFT, "報告書作成", REPORT_FORM, access::requireDrafter,
                (subject, by, form) -> Outcome.of(ReportStatus.SUBMITTED, HistoryAction.SUBMITTED, null)),
                actor, id, expectedVersion, report.content());
    }

    /** Takes the workflow step with this task key (a page posts any step by its key). */
    @Transactional
    @Override
    public Report take(CurrentUser actor, long id, String taskKey, JsonNode input) {
        return steps.take(kind, byTask(), actor, id, taskKey, input);
    }

    /** The steps taken by their task key alone; built when asked, as its guards refer to the injected beans. */
    private Map<String, Step<Report>> byTask() {
        return Map.of(Tasks.REPORT_REVIEW, review(), Tasks.REPORT_ASSIGNMENT, meetingAssignment());
    }

    /** 報告内容確認 by 総務課. */
    private Step<Report> review() {
        return new Step<>(Tasks.REPORT_REVIEW, "報告内容確認", "report-review", Guard.role(Role.SOUMU, "報告内容の確認は総務課が行います。"),
                (report, actor, form) -> Outcome.ofReview(form, Variables.REPORT_REVIEW_OUTCOME,
                        () -> Outcome.of(ReportStatus.RETURNED, HistoryAction.RETURNED, form),
                        () -> Outcome.of(ReportStatus.ACCEPTED, HistoryAction.ACCEPTED, form)));
    }

    /** 報告の会議割当: the report goes on a planned meeting's 報告事項. */
    private Step<Report> meetingAssignment() {
        return new Step<>(Tasks.REPORT_ASSIGNMENT, "報告の会議割当", "meeting-assignment",
                Guard.role(Role.SECRETARIAT, "会議への割当は事務局が行います。"), (report, actor, form) -> {
                    Meeting meeting = meetings.requirePlanned(form.path("meetingId").asLong(), report.councilId());
                    reports.setMeeting(report.id(), meeting.id());
                    return Outcome.of(ReportStatus.SCHEDULED, HistoryAction.ASSIGNED,
                            Map.of("meetingId", meeting.id(), "meeting", meeting.label()))
                            .withVariables(Map.of(Variables.MEETING_ID, meeting.id()));
                });
    }

    @EventListener
    void onMeetingHeld(MeetingHeld held) {
        for (Report report : reports.onMeeting(held.meetingId(), ReportStatus.SCHEDULED)) {
            steps.record(kind, report, ReportStatus.PRESENTED, HistoryAction.PRESENTED, held.recordedBy(),
                    Map.of("meetingId", held.meetingId()));
            if (report.consultationId() != null) {
                consultationSteps.advance(report.consultationId(), ConsultationStatus.CLOSED, HistoryAction.CLOSED);
            }
        }
    }
}

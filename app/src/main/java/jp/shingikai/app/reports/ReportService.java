package jp.shingikai.app.reports;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.CaseHistory;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.cases.ConsultationStatus;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingHeld;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.problems.Versions;
import jp.shingikai.app.reports.internal.ReportRepository;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.app.system.FormInput;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import jp.shingikai.processes.ReportKind;
import jp.shingikai.processes.ReviewOutcome;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.WorkflowEvents.HandoutsDue;

/** 報告: implementation reports of approved consultations and after-the-fact reports, up to the meeting that hears them. */
@Service
public class ReportService {

    private final ReportRepository reports;
    private final ConsultationService consultations;
    private final CaseHistory history;
    private final CouncilDirectory councils;
    private final MeetingService meetings;
    private final Workflow workflow;
    private final FormInput forms;
    private final JsonColumns json;

    ReportService(ReportRepository reports, ConsultationService consultations, CaseHistory history, CouncilDirectory councils,
            MeetingService meetings, Workflow workflow, FormInput forms, JsonColumns json) {
        this.reports = reports;
        this.consultations = consultations;
        this.history = history;
        this.councils = councils;
        this.meetings = meetings;
        this.workflow = workflow;
        this.forms = forms;
        this.json = json;
    }

    /** 事後報告: a report that needed no consultation, such as new, changed or abolished registrations. */
    @Transactional
    public Report createAfterTheFact(CurrentUser actor, JsonNode input) {
        requireDepartmentRole(actor);
        JsonNode content = forms.requireDraft("report-draft", input);
        long councilId = councils.department(actor.departmentCode()).councilId();
        long id = reports.insert(councilId, actor.departmentCode(), ReportKind.AFTER_THE_FACT, null, content, "pending",
                actor.username());
        reports.setProcess(id, workflow.startAfterTheFactReport(id, actor.departmentCode()));
        history.record(SubjectType.REPORT, id, "CREATED", actor.username(), ReportStatus.DRAFT.name(), content);
        return report(id);
    }

    /** 実施報告: the department writes the report its approved consultation owes, once the report is due. */
    @Transactional
    public Report createImplementationReport(CurrentUser actor, long consultationId, JsonNode input) {
        Consultation consultation = consultations.consultation(consultationId);
        requireDepartment(actor, consultation.departmentCode());
        String processId = consultation.processInstanceId() == null ? null
                : workflow.implementationReportProcess(consultation.processInstanceId()).orElse(null);
        if (processId == null || consultation.status() != ConsultationStatus.REGISTERED) {
            throw new StateConflictException("「" + consultation.status().label() + "」の諮問には実施報告を作成できません。"
                    + "実施報告は登録簿の更新後、報告期限が来てから作成します。");
        }
        if (reports.forProcess(processId).isPresent()) {
            throw new StateConflictException("この諮問の実施報告は既に作成されています。");
        }
        JsonNode content = forms.requireDraft("report-draft", input);
        long id = reports.insert(consultation.councilId(), consultation.departmentCode(), ReportKind.IMPLEMENTATION,
                consultationId, content, processId, actor.username());
        workflow.setVariable(processId, Variables.REPORT_ID, id);
        history.record(SubjectType.REPORT, id, "CREATED", actor.username(), ReportStatus.DRAFT.name(), content);
        consultations.advance(consultationId, ConsultationStatus.REPORTING, "REPORT_STARTED");
        return report(id);
    }

    @Transactional
    public Report edit(CurrentUser actor, long id, int expectedVersion, JsonNode input) {
        Report report = report(id);
        requireDepartment(actor, report.departmentCode());
        requireVersion(report, expectedVersion);
        if (!report.status().isEditable()) {
            throw new StateConflictException("「" + report.status().label() + "」の報告は編集できません。");
        }
        JsonNode content = forms.requireDraft("report-draft", input);
        if (!reports.updateContent(id, expectedVersion, content)) {
            throw stale(id, expectedVersion);
        }
        history.record(SubjectType.REPORT, id, "EDITED", actor.username(), report.status().name(), content);
        return report(id);
    }

    @Transactional
    public Report submit(CurrentUser actor, long id, Integer expectedVersion) {
        Report report = report(id);
        requireDepartment(actor, report.departmentCode());
        requireVersion(report, expectedVersion);
        Task task = workflow.taskFor(actor, report.processInstanceId(), Tasks.REPORT_DRAFT, "報告書作成");
        forms.require("report-draft", report.content());
        workflow.complete(task, Map.of());
        return transition(report, ReportStatus.SUBMITTED, "SUBMITTED", actor.username(), null);
    }

    /** 報告内容確認 by 総務課. */
    @Transactional
    public Report review(CurrentUser actor, long id, JsonNode input) {
        if (!actor.has(Role.SOUMU)) {
            throw new ForbiddenException("報告内容の確認は総務課が行います。");
        }
        Report report = report(id);
        Task task = workflow.taskFor(actor, report.processInstanceId(), Tasks.REPORT_REVIEW, "報告内容確認");
        JsonNode form = forms.require("report-review", input);
        ReviewOutcome outcome = ReviewOutcome.valueOf(form.path("outcome").asText());
        workflow.complete(task, Map.of(Variables.REPORT_REVIEW_OUTCOME, outcome.name()));
        return transition(report, outcome == ReviewOutcome.RETURNED ? ReportStatus.RETURNED : ReportStatus.ACCEPTED,
                outcome == ReviewOutcome.RETURNED ? "RETURNED" : "ACCEPTED", actor.username(), form);
    }

    /** 報告の会議割当: the report goes on a planned meeting's 報告事項. */
    @Transactional
    public Report assignMeeting(CurrentUser actor, long id, JsonNode input) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("会議への割当は事務局が行います。");
        }
        Report report = report(id);
        Task task = workflow.taskFor(actor, report.processInstanceId(), Tasks.REPORT_ASSIGNMENT, "報告の会議割当");
        JsonNode form = forms.require("meeting-assignment", input);
        Meeting meeting = meetings.requirePlanned(form.path("meetingId").asLong(), report.councilId());
        reports.setMeeting(id, meeting.id());
        Report scheduled = transition(report(id), ReportStatus.SCHEDULED, "ASSIGNED", actor.username(),
                Map.of("meetingId", meeting.id(), "meeting", meeting.label()));
        workflow.complete(task, Map.of(Variables.MEETING_ID, meeting.id()));
        return report(scheduled.id());
    }

    /** 資料作成 of the report process: the report goes on the meeting's agenda as a 報告. */
    @EventListener
    void onHandoutsDue(HandoutsDue due) {
        if (due.subjectType() != SubjectType.REPORT) {
            return;
        }
        Report report = report(due.subjectId());
        AgendaItem item = meetings.placeOnAgenda(due.meetingId(), SubjectType.REPORT, report.id(), report.title());
        history.record(SubjectType.REPORT, report.id(), "HANDOUTS_PREPARED", "system", report.status().name(),
                Map.of("meetingId", due.meetingId(), "handout", "資料" + item.handoutNumber()));
    }

    @EventListener
    void onMeetingHeld(MeetingHeld held) {
        for (Report report : reports.onMeeting(held.meetingId(), ReportStatus.SCHEDULED)) {
            transition(report, ReportStatus.PRESENTED, "PRESENTED", held.recordedBy(), Map.of("meetingId", held.meetingId()));
            if (report.consultationId() != null) {
                consultations.advance(report.consultationId(), ConsultationStatus.CLOSED, "CLOSED");
            }
        }
    }

    public Report get(CurrentUser actor, long id) {
        Report report = report(id);
        if (!isVisible(actor, report)) {
            throw new ForbiddenException("この報告を閲覧する権限がありません。");
        }
        return report;
    }

    public List<Report> list(CurrentUser actor) {
        return reports.all().stream().filter(report -> isVisible(actor, report)).toList();
    }

    public List<CaseHistory.Entry> history(CurrentUser actor, long id) {
        get(actor, id);
        return history.entries(SubjectType.REPORT, id);
    }

    public Report report(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("報告", id));
    }

    /** As for consultations: a draft is the department's own; members read it once its meeting's packet reached them. */
    private boolean isVisible(CurrentUser actor, Report report) {
        if (actor.actsFor(report.departmentCode())) {
            return true;
        }
        if (report.status() == ReportStatus.DRAFT) {
            return false;
        }
        return actor.has(Role.SOUMU) || actor.has(Role.SECRETARIAT)
                || actor.has(Role.VIEWER) && report.status() != ReportStatus.SUBMITTED && report.status() != ReportStatus.RETURNED
                || actor.has(Role.MEMBER) && report.meetingId() != null && meetings.papersVisibleTo(report.meetingId(), actor.username());
    }

    private static void requireDepartmentRole(CurrentUser actor) {
        if (!actor.has(Role.DEPARTMENT) || actor.departmentCode() == null) {
            throw new ForbiddenException("報告の作成は所管課の起案担当者が行います。");
        }
    }

    /** Refuses anyone but the department's drafters, before anything else about an edit is looked at. */
    public void requireDrafter(CurrentUser actor, long id) {
        requireDepartment(actor, report(id).departmentCode());
    }

    private static void requireDepartment(CurrentUser actor, String departmentCode) {
        if (!actor.has(Role.DEPARTMENT) || !actor.actsFor(departmentCode)) {
            throw new ForbiddenException("この報告は所管課の起案担当者のみ操作できます。");
        }
    }

    private static void requireVersion(Report report, Integer expectedVersion) {
        Versions.require("この報告", expectedVersion, report.version());
    }

    private StaleEditException stale(long id, int expectedVersion) {
        return new StaleEditException("この報告", expectedVersion, report(id).version());
    }

    private Report transition(Report report, ReportStatus status, String action, String actor, Object details) {
        if (!reports.updateStatus(report.id(), report.version(), status)) {
            throw stale(report.id(), report.version());
        }
        history.record(SubjectType.REPORT, report.id(), action, actor, status.name(),
                json.tree(details));
        return report(report.id());
    }


}

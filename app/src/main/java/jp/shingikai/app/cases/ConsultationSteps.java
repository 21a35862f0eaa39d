package jp.shingikai.app.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.CaseEvents.AnswerRecorded;
import jp.shingikai.app.cases.CaseEvents.ConsultationAccepted;
import jp.shingikai.app.cases.CaseEvents.ConsultationReturned;
import jp.shingikai.app.cases.CaseEvents.RegistrationFiled;
import jp.shingikai.app.cases.internal.ConsultationRepository;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingAttendance;
import jp.shingikai.app.meetings.MeetingHeld;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.Quorum;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.DraftedCaseSteps;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.Step;
import jp.shingikai.app.workflow.Step.Guard;
import jp.shingikai.app.workflow.Step.Outcome;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.processes.AnswerOutcome;
import jp.shingikai.processes.ConsultationWorkflow.Messages;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 諮問: the draft and every step people take on a consultation. Each workflow step is declared once below and taken
 * through {@link Steps}; the draft itself (起案, 修正, 取下げ) is kept here because no task stands for it.
 */
@Service
@RequiredArgsConstructor
public class ConsultationSteps implements DraftedCaseSteps<Consultation> {

    private static final String DRAFT_FORM = "consultation-draft";

    private final ConsultationRepository consultations;
    private final ConsultationCaseKind kind;
    private final ConsultationAccess access;
    private final ConsultationGrounds grounds;
    private final CouncilDirectory councils;
    private final MeetingService meetings;
    private final MeetingAttendance attendance;
    private final Workflow workflow;
    private final Steps steps;
    private final Clock clock;

    /** 起案: saves a new draft. Missing fields are allowed until submission; wrong ones are not. */
    @Transactional
    public Consultation create(CurrentUser actor, JsonNode draft) {
        access.requireDrafterRole(actor);
        return steps.createDraft(kind, actor, DRAFT_FORM, draft, saved -> consultations.insert(
                councils.department(actor.departmentCode()).councilId(), actor.departmentCode(), saved.path("title").asText(),
                saved, actor.username()));
    }

    /** Refuses anyone but the department's drafters, before anything else about an edit is looked at. */
    @Override
    public void requireDrafter(CurrentUser actor, long id) {
        access.requireDrafter(actor, kind.find(id));
    }

    /** Changes the draft while it is with the department; a stale version is refused. */
    @Transactional
    @Override
    public Consultation edit(CurrentUser actor, long id, int expectedVersion, JsonNode draft) {
        return steps.editDraft(kind, access::requireDrafter, actor, id, expectedVersion, DRAFT_FORM, draft,
                (consultation, version, saved) -> consultations.updateDraft(consultation, version, saved.path("title").asText(),
                        saved));
    }

    /** 提出: the complete draft goes to the supervisor or 総務課, with the grounds the decision table finds. */
    @Transactional
    @Override
    public Consultation submit(CurrentUser actor, long id, Integer expectedVersion) {
        Consultation consultation = kind.find(id);
        access.requireDrafter(actor, consultation);
        if (!consultation.status().isEditable()) {
            throw new StateConflictException("「" + consultation.status().label() + "」の諮問は提出できません。");
        }
        boolean supervisorReview = consultation.draft().path("supervisorReviewRequired").asBoolean(false);
        if (consultation.processInstanceId() == null) {
            consultations.setProcess(id, workflow.startConsultation(id, consultation.departmentCode(), supervisorReview));
        } else {
            workflow.setVariable(consultation.processInstanceId(), Variables.SUPERVISOR_REVIEW_REQUIRED, supervisorReview);
        }
        return steps.take(kind, submission(supervisorReview), actor, id, expectedVersion, consultation.draft());
    }

    private Step<Consultation> submission(boolean supervisorReview) {
        return new Step<>(Tasks.DRAFT, "起案", DRAFT_FORM, access::requireDrafter, (consultation, actor, draft) -> {
            ConsultationGrounds.Decision decided = grounds.require(consultation, draft);
            consultations.fixRules(consultation.id(), decided.rules());
            consultations.replaceGrounds(consultation.id(), decided.grounds());
            return Outcome.of(supervisorReview ? ConsultationStatus.SUPERVISOR_REVIEW : ConsultationStatus.SUBMITTED,
                    HistoryAction.SUBMITTED, Map.of("grounds", decided.grounds(), "ruleSet", decided.rules().ruleSet().key()));
        });
    }

    /** Takes the workflow step with this task key (a page posts any step by its key). */
    @Transactional
    @Override
    public Consultation take(CurrentUser actor, long id, String taskKey, JsonNode input) {
        return steps.take(kind, byTask(), actor, id, taskKey, input);
    }

    /** The steps taken by their task key alone; built when asked, as its guards refer to the injected beans. */
    private Map<String, Step<Consultation>> byTask() {
        return Map.of(Tasks.SUPERVISOR_REVIEW, supervisorReview(), Tasks.FORMAL_REVIEW, formalReview(),
                Tasks.MEETING_ASSIGNMENT, meetingAssignment(), Tasks.MEMBER_REVIEW, memberReview(),
                Tasks.RECORD_ANSWER, answerRecord(), Tasks.REGISTRY_UPDATE, registryUpdate());
    }

    /** 所属長確認. */
    private Step<Consultation> supervisorReview() {
        return new Step<>(Tasks.SUPERVISOR_REVIEW, "所属長確認", "supervisor-review", (actor, consultation) -> {
            if (!actor.has(Role.SUPERVISOR) || !actor.actsFor(consultation.departmentCode())) {
                throw new ForbiddenException("所属長確認は所管課の所属長が行います。");
            }
        }, (consultation, actor, form) -> Outcome.ofReview(form, Variables.SUPERVISOR_OUTCOME,
                () -> Outcome.of(ConsultationStatus.RETURNED, HistoryAction.SUPERVISOR_RETURNED, form),
                () -> Outcome.of(ConsultationStatus.SUBMITTED, HistoryAction.SUPERVISOR_CONFIRMED, form)));
    }

    /** 形式審査: 総務課 returns the draft with reasons, or accepts it and gives it its case number. */
    private Step<Consultation> formalReview() {
        return new Step<>(Tasks.FORMAL_REVIEW, "形式審査", "formal-review", Guard.role(Role.SOUMU, "形式審査は総務課が行います。"),
                (consultation, actor, form) -> Outcome.ofReview(form, Variables.FORMAL_REVIEW_OUTCOME,
                        () -> Outcome.of(ConsultationStatus.RETURNED, HistoryAction.RETURNED, form)
                                .announcing(new ConsultationReturned(consultation.id(), actor.username())),
                        () -> {
                            consultations.assignNumber(consultation.id(), consultation.councilId(),
                                    FiscalYear.of(LocalDate.now(clock)).startYear());
                            return Outcome.of(ConsultationStatus.ACCEPTED, HistoryAction.ACCEPTED, form)
                                    .announcing(new ConsultationAccepted(consultation.id(), actor.username()));
                        }));
    }

    /** 会議割当: the secretariat puts the case on a planned meeting; its papers go to the meeting's members. */
    private Step<Consultation> meetingAssignment() {
        return new Step<>(Tasks.MEETING_ASSIGNMENT, "会議割当", "meeting-assignment",
                Guard.role(Role.SECRETARIAT, "会議への割当は事務局が行います。"), (consultation, actor, form) -> {
                    Meeting meeting = meetings.requirePlanned(form.path("meetingId").asLong(), consultation.councilId());
                    List<String> members = meetings.members(meeting.id()).stream().map(CouncilMember::username).toList();
                    consultations.setMeeting(consultation.id(), meeting.id());
                    return Outcome.of(ConsultationStatus.SCHEDULED, HistoryAction.ASSIGNED,
                            Map.of("meetingId", meeting.id(), "meeting", meeting.label())).withVariables(Map.of(
                                    Variables.MEETING_ID, meeting.id(), Variables.MEMBERS, members,
                                    Variables.REMINDER_AT, workflow.reminderAt(meeting.heldOn(), clock.instant()).toString()));
                });
    }

    /** 事前確認: a member has read the papers. */
    private Step<Consultation> memberReview() {
        return new Step<>(Tasks.MEMBER_REVIEW, "委員の事前確認", "member-review", access::requireMemberOfMeeting,
                (consultation, actor, form) -> {
                    consultations.insertMemberReview(consultation.id(), consultation.meetingId(), actor.username(),
                            form.path("comment").asText(null));
                    return Outcome.of(null, HistoryAction.MEMBER_REVIEWED, form);
                });
    }

    /** 答申記録: what the council decided; 継続審議 puts the case back to be assigned to a later meeting. */
    private Step<Consultation> answerRecord() {
        return new Step<>(Tasks.RECORD_ANSWER, "答申記録", "answer-record", Guard.role(Role.SECRETARIAT, "答申の記録は事務局が行います。"),
                (consultation, actor, form) -> {
                    AnswerOutcome outcome = AnswerOutcome.valueOf(form.path("outcome").asText());
                    requireQuorum(consultation, outcome);
                    LocalDate answeredOn = form.hasNonNull("answeredOn") ? LocalDate.parse(form.path("answeredOn").asText()) : null;
                    Integer fiscalYear = outcome == AnswerOutcome.DEFERRED ? null
                            : FiscalYear.of(answeredOn != null ? answeredOn : LocalDate.now(clock)).startYear();
                    consultations.insertAnswer(consultation.id(), consultation.councilId(), consultation.meetingId(), outcome,
                            answeredOn, fiscalYear, form.path("attachedOpinion").asText(null), form.path("summary").asText(null),
                            actor.username());
                    ConsultationStatus next = switch (outcome) {
                        case DEFERRED -> ConsultationStatus.DEFERRED;
                        case REJECTED -> ConsultationStatus.REJECTED;
                        case APPROVED, APPROVED_WITH_OPINION -> ConsultationStatus.ANSWERED;
                    };
                    return Outcome.of(next, HistoryAction.ANSWER_RECORDED, form)
                            .withVariables(Map.of(Variables.ANSWER_OUTCOME, outcome.name()))
                            .announcing(new AnswerRecorded(consultation.id(), consultation.meetingId(), outcome, actor.username()));
                });
    }

    /** A 答申 needs the item decided with quorum; without it the item can only be carried over (継続審議). */
    private void requireQuorum(Consultation consultation, AnswerOutcome outcome) {
        Quorum quorum = attendance.quorumFor(consultation.meetingId(), SubjectType.CONSULTATION, consultation.id());
        if (!quorum.isMet() && outcome != AnswerOutcome.DEFERRED) {
            throw new StateConflictException("この議題の審議に加わった委員は" + quorum.attending() + "人で、定足数（" + quorum.rule()
                    + "）に達していないため、答申を記録できません。継続審議として記録してください。");
        }
    }

    /** 登録簿更新: the department files the registration the answer calls for. */
    private Step<Consultation> registryUpdate() {
        return new Step<>(Tasks.REGISTRY_UPDATE, "登録簿更新", "registry-update", access::requireDrafter,
                (consultation, actor, form) -> {
                    consultations.insertRegistryFiling(consultation.id(), form.path("change").asText(),
                            form.path("registrationNumber").asText(null), LocalDate.parse(form.path("effectiveOn").asText()),
                            form.path("notes").asText(null), actor.username());
                    return Outcome.of(ConsultationStatus.REGISTERED, HistoryAction.REGISTRY_FILED, form)
                            .announcing(new RegistrationFiled(consultation.id(), form, actor.username()));
                });
    }

    /** 取下げ: possible until the meeting has been held. */
    @Transactional
    public Consultation withdraw(CurrentUser actor, long id, String reason) {
        Consultation consultation = kind.find(id);
        access.requireDrafter(actor, consultation);
        String text = JapaneseText.clean(reason);
        if (text.isEmpty()) {
            throw new InvalidInputException("/reason", "取下げの理由", "「取下げの理由」を入力してください。");
        }
        access.requireWithdrawable(consultation);
        boolean delivered = consultation.processInstanceId() == null
                || workflow.deliver(consultation.processInstanceId(), Messages.WITHDRAWAL, Map.of());
        if (!delivered) {
            throw access.notWithdrawable(consultation);
        }
        return steps.record(kind, consultation, ConsultationStatus.WITHDRAWN, HistoryAction.WITHDRAWN, actor.username(),
                Map.of("reason", text));
    }

    /** Moves a case on by itself (a step of the workflow or another feature), with the system as the actor. */
    @Transactional
    public void advance(long id, ConsultationStatus status, HistoryAction action) {
        steps.record(kind, kind.find(id), status, action, CaseHistory.SYSTEM, null);
    }

    @EventListener
    void onMeetingHeld(MeetingHeld held) {
        for (Consultation consultation : consultations.onMeeting(held.meetingId(), ConsultationStatus.SCHEDULED)) {
            steps.record(kind, consultation, ConsultationStatus.DELIBERATED, HistoryAction.DELIBERATED, held.recordedBy(),
                    Map.of("meetingId", held.meetingId()));
        }
    }
}

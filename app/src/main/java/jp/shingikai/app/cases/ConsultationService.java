package jp.shingikai.app.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.CaseEvents.AnswerRecorded;
import jp.shingikai.app.cases.CaseEvents.ConsultationAccepted;
import jp.shingikai.app.cases.CaseEvents.ConsultationReturned;
import jp.shingikai.app.cases.CaseEvents.ConsultationSubmitted;
import jp.shingikai.app.cases.CaseEvents.ConsultationWithdrawn;
import jp.shingikai.app.cases.internal.ConsultationRepository;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingHeld;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.problems.Versions;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.app.system.FormInput;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.processes.AnswerOutcome;
import jp.shingikai.processes.ConsultationGround;
import jp.shingikai.processes.ConsultationWorkflow.Messages;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import jp.shingikai.processes.ReviewOutcome;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.WorkflowEvents.AnswerDocumentDue;
import jp.shingikai.app.workflow.WorkflowEvents.HandoutsDue;
import jp.shingikai.app.workflow.WorkflowEvents.MembersToRemind;
import jp.shingikai.app.notifications.NotificationService;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.search.index.ConsultationDocument;
import java.util.Optional;

/**
 * 諮問: everything people do to a consultation. Each action checks who may take it and whether the case is at that
 * step, validates the form of the step, changes the case and completes the workflow task in one transaction, and
 * records the change in the case history. A failure anywhere leaves the case as it was.
 */
@Service
public class ConsultationService {

    static final int MAX_QUESTION_LENGTH = 4000;

    private final ConsultationRepository consultations;
    private final CaseHistory history;
    private final CouncilDirectory councils;
    private final MeetingService meetings;
    private final Workflow workflow;
    private final FormInput forms;
    private final ApplicationEventPublisher events;
    private final JsonColumns json;
    private final NotificationService notifications;
    private final SearchOutbox outbox;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, CaseHistory history, CouncilDirectory councils,
            MeetingService meetings, Workflow workflow, FormInput forms, ApplicationEventPublisher events,
            JsonColumns json, NotificationService notifications, SearchOutbox outbox, Clock clock) {
        this.consultations = consultations;
        this.history = history;
        this.councils = councils;
        this.meetings = meetings;
        this.workflow = workflow;
        this.forms = forms;
        this.events = events;
        this.json = json;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** 起案: saves a new draft. Missing fields are allowed until submission; wrong ones are not. */
    @Transactional
    public Consultation create(CurrentUser actor, JsonNode draft) {
        if (!actor.has(Role.DEPARTMENT) || actor.departmentCode() == null) {
            throw new ForbiddenException("諮問の起案は所管課の起案担当者が行います。");
        }
        JsonNode saved = forms.requireDraft("consultation-draft", draft);
        long councilId = councils.department(actor.departmentCode()).councilId();
        long id = consultations.insert(councilId, actor.departmentCode(), saved.path("title").asText(), saved, actor.username());
        history.record(SubjectType.CONSULTATION, id, "CREATED", actor.username(), ConsultationStatus.DRAFT.name(), saved);
        outbox.enqueue(SearchOutbox.CONSULTATION, id);
        return consultation(id);
    }

    /** Refuses anyone but the department's drafters, before anything else about an edit is looked at. */
    public void requireDrafter(CurrentUser actor, long id) {
        requireDepartment(actor, id);
    }

    /** Changes the draft while it is with the department; a stale version is refused. */
    @Transactional
    public Consultation edit(CurrentUser actor, long id, int expectedVersion, JsonNode draft) {
        Consultation consultation = requireDepartment(actor, id);
        requireVersion(consultation, expectedVersion);
        if (!consultation.status().isEditable()) {
            throw new StateConflictException("「" + consultation.status().label() + "」の諮問は編集できません。差戻しを受けてから修正してください。");
        }
        JsonNode saved = forms.requireDraft("consultation-draft", draft);
        if (!consultations.updateDraft(id, expectedVersion, saved.path("title").asText(), saved)) {
            throw stale(id, expectedVersion);
        }
        history.record(SubjectType.CONSULTATION, id, "EDITED", actor.username(), consultation.status().name(), saved);
        outbox.enqueue(SearchOutbox.CONSULTATION, id);
        return consultation(id);
    }

    /** 提出: the complete draft goes to the supervisor or 総務課, with the grounds the decision table finds. */
    @Transactional
    public Consultation submit(CurrentUser actor, long id, Integer expectedVersion) {
        Consultation consultation = requireDepartment(actor, id);
        requireVersion(consultation, expectedVersion);
        if (!consultation.status().isEditable()) {
            throw new StateConflictException("「" + consultation.status().label() + "」の諮問は提出できません。");
        }
        JsonNode draft = forms.require("consultation-draft", consultation.draft());
        List<Consultation.Ground> grounds = decideGrounds(consultation, draft);
        consultations.replaceGrounds(id, grounds);
        boolean supervisorReview = draft.path("supervisorReviewRequired").asBoolean(false);
        String processId = consultation.processInstanceId();
        if (processId == null) {
            processId = workflow.startConsultation(id, consultation.departmentCode(), supervisorReview);
            consultations.setProcess(id, processId);
        } else {
            workflow.setVariable(processId, Variables.SUPERVISOR_REVIEW_REQUIRED, supervisorReview);
        }
        workflow.complete(workflow.taskFor(actor, processId, Tasks.DRAFT, "起案"), Map.of());
        ConsultationStatus next = supervisorReview ? ConsultationStatus.SUPERVISOR_REVIEW : ConsultationStatus.SUBMITTED;
        Consultation submitted = transition(consultation(id), next, "SUBMITTED", actor, Map.of("grounds", grounds));
        events.publishEvent(new ConsultationSubmitted(id, actor.username()));
        return submitted;
    }

    /** 所属長確認. */
    @Transactional
    public Consultation supervisorReview(CurrentUser actor, long id, JsonNode input) {
        Consultation consultation = consultation(id);
        if (!actor.has(Role.SUPERVISOR) || !actor.actsFor(consultation.departmentCode())) {
            throw new ForbiddenException("所属長確認は所管課の所属長が行います。");
        }
        Task task = workflow.taskFor(actor, consultation.processInstanceId(), Tasks.SUPERVISOR_REVIEW, "所属長確認");
        JsonNode form = forms.require("supervisor-review", input);
        ReviewOutcome outcome = ReviewOutcome.valueOf(form.path("outcome").asText());
        workflow.complete(task, Map.of(Variables.SUPERVISOR_OUTCOME, outcome.name()));
        return transition(consultation, outcome == ReviewOutcome.RETURNED ? ConsultationStatus.RETURNED : ConsultationStatus.SUBMITTED,
                outcome == ReviewOutcome.RETURNED ? "SUPERVISOR_RETURNED" : "SUPERVISOR_CONFIRMED", actor, form);
    }

    /** 形式審査: 総務課 returns the draft with reasons, or accepts it and gives it its case number. */
    @Transactional
    public Consultation formalReview(CurrentUser actor, long id, JsonNode input) {
        if (!actor.has(Role.SOUMU)) {
            throw new ForbiddenException("形式審査は総務課が行います。");
        }
        Consultation consultation = consultation(id);
        Task task = workflow.taskFor(actor, consultation.processInstanceId(), Tasks.FORMAL_REVIEW, "形式審査");
        JsonNode form = forms.require("formal-review", input);
        ReviewOutcome outcome = ReviewOutcome.valueOf(form.path("outcome").asText());
        workflow.complete(task, Map.of(Variables.FORMAL_REVIEW_OUTCOME, outcome.name()));
        if (outcome == ReviewOutcome.RETURNED) {
            Consultation returned = transition(consultation, ConsultationStatus.RETURNED, "RETURNED", actor, form);
            events.publishEvent(new ConsultationReturned(id, actor.username()));
            return returned;
        }
        consultations.assignNumber(id, consultation.councilId(), FiscalYear.of(LocalDate.now(clock)).startYear());
        Consultation accepted = transition(consultation(id), ConsultationStatus.ACCEPTED, "ACCEPTED", actor, form);
        events.publishEvent(new ConsultationAccepted(id, accepted.caseNumber(), actor.username()));
        return accepted;
    }

    /** 会議割当: the secretariat puts the case on a planned meeting; its papers go to the meeting's members. */
    @Transactional
    public Consultation assignMeeting(CurrentUser actor, long id, JsonNode input) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("会議への割当は事務局が行います。");
        }
        Consultation consultation = consultation(id);
        Task task = workflow.taskFor(actor, consultation.processInstanceId(), Tasks.MEETING_ASSIGNMENT, "会議割当");
        JsonNode form = forms.require("meeting-assignment", input);
        Meeting meeting = meetings.requirePlanned(form.path("meetingId").asLong(), consultation.councilId());
        List<String> members = meetings.members(meeting.id()).stream().map(CouncilMember::username).toList();
        consultations.setMeeting(id, meeting.id());
        Consultation assigned = transition(consultation(id), ConsultationStatus.SCHEDULED, "ASSIGNED", actor,
                Map.of("meetingId", meeting.id(), "meeting", meeting.label()));
        workflow.complete(task, Map.of(Variables.MEETING_ID, meeting.id(), Variables.MEMBERS, members,
                Variables.REMINDER_AT, workflow.reminderAt(meeting.heldOn(), clock.instant()).toString()));
        return consultation(assigned.id());
    }

    /** 資料作成: the case takes its place and 資料 number on the meeting's agenda. */
    @EventListener
    void onHandoutsDue(HandoutsDue due) {
        if (due.subjectType() != SubjectType.CONSULTATION) {
            return;
        }
        Consultation consultation = consultation(due.subjectId());
        AgendaItem item = meetings.placeOnAgenda(due.meetingId(), SubjectType.CONSULTATION, consultation.id(), consultation.title());
        history.record(SubjectType.CONSULTATION, consultation.id(), "HANDOUTS_PREPARED", "system", consultation.status().name(),
                Map.of("meetingId", due.meetingId(), "handout", "資料" + item.handoutNumber()));
    }

    /** 事前確認の督促: a notice to each member who has not yet reviewed the papers. */
    @EventListener
    void onMembersToRemind(MembersToRemind reminder) {
        Consultation consultation = consultation(reminder.consultationId());
        Meeting meeting = meetings.meeting(consultation.meetingId());
        String message = meeting.label() + "（" + meeting.when() + "）の資料「" + consultation.title()
                + "」の事前確認をお願いします。";
        reminder.members().forEach(member -> notifications.notify(member, SubjectType.CONSULTATION, consultation.id(), message));
        history.record(SubjectType.CONSULTATION, consultation.id(), "MEMBERS_REMINDED", "system", consultation.status().name(),
                Map.of("members", reminder.members()));
    }

    /** 答申書作成: recorded on the case; the document itself is generated by the documents feature. */
    @EventListener
    void onAnswerDocumentDue(AnswerDocumentDue due) {
        Consultation consultation = consultation(due.consultationId());
        history.record(SubjectType.CONSULTATION, consultation.id(), "ANSWER_DOCUMENT_DUE", "system",
                consultation.status().name(), null);
    }

    /** 事前確認: a member has read the papers. */
    @Transactional
    public Consultation review(CurrentUser actor, long id, JsonNode input) {
        Consultation consultation = consultation(id);
        requireMemberOfMeeting(actor, consultation);
        Task task = workflow.taskFor(actor, consultation.processInstanceId(), Tasks.MEMBER_REVIEW, "委員の事前確認");
        JsonNode form = forms.require("member-review", input);
        consultations.insertMemberReview(id, consultation.meetingId(), actor.username(), form.path("comment").asText(null));
        workflow.complete(task, Map.of());
        history.record(SubjectType.CONSULTATION, id, "MEMBER_REVIEWED", actor.username(), consultation.status().name(), form);
        return consultation(id);
    }

    /** 事前質問: a member of the case's meeting asks the department a question while reviewing. */
    @Transactional
    public long askQuestion(CurrentUser actor, long id, String question) {
        Consultation consultation = consultation(id);
        requireMemberOfMeeting(actor, consultation);
        String text = JapaneseText.clean(question);
        if (text.isEmpty() || text.length() > MAX_QUESTION_LENGTH) {
            throw new InvalidInputException("/question", "質問", text.isEmpty() ? "「質問」を入力してください。"
                    : "「質問」は" + MAX_QUESTION_LENGTH + "文字以内で入力してください。");
        }
        long questionId = consultations.insertQuestion(id, actor.username(), text);
        if (!workflow.deliver(consultation.processInstanceId(), Messages.PRE_MEETING_QUESTION, Map.of())) {
            throw new StateConflictException("事前質問は委員の事前確認の期間中にのみ受け付けます。");
        }
        workflow.openTasks(consultation.processInstanceId(), Tasks.ANSWER_QUESTION).stream()
                .filter(task -> workflow.taskVariable(task, Variables.QUESTION_ID) == null)
                .forEach(task -> workflow.setTaskVariable(task, Variables.QUESTION_ID, questionId));
        history.record(SubjectType.CONSULTATION, id, "QUESTION_ASKED", actor.username(), consultation.status().name(),
                Map.of("questionId", questionId, "question", text));
        return questionId;
    }

    /** The department answers a member's question. */
    @Transactional
    public Consultation answerQuestion(CurrentUser actor, long id, long questionId, JsonNode input) {
        Consultation consultation = requireDepartment(actor, id);
        Task task = workflow.openTasks(consultation.processInstanceId(), Tasks.ANSWER_QUESTION).stream()
                .filter(open -> Long.valueOf(questionId).equals(workflow.taskVariable(open, Variables.QUESTION_ID)))
                .findFirst()
                .orElseThrow(() -> new StateConflictException("この事前質問は回答済みか、受付が終了しています。"));
        JsonNode form = forms.require("question-answer", input);
        if (!consultations.answerQuestion(id, questionId, actor.username(), form.path("answer").asText())) {
            throw new StateConflictException("この事前質問は既に回答されています。");
        }
        workflow.complete(task, Map.of());
        history.record(SubjectType.CONSULTATION, id, "QUESTION_ANSWERED", actor.username(), consultation.status().name(),
                Map.of("questionId", questionId, "answer", form.path("answer").asText()));
        return consultation(id);
    }

    /** 答申記録: what the council decided; 継続審議 puts the case back to be assigned to a later meeting. */
    @Transactional
    public Consultation recordAnswer(CurrentUser actor, long id, JsonNode input) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("答申の記録は事務局が行います。");
        }
        Consultation consultation = consultation(id);
        Task task = workflow.taskFor(actor, consultation.processInstanceId(), Tasks.RECORD_ANSWER, "答申記録");
        JsonNode form = forms.require("answer-record", input);
        AnswerOutcome outcome = AnswerOutcome.valueOf(form.path("outcome").asText());
        consultations.insertAnswer(id, consultation.meetingId(), outcome.name(),
                form.hasNonNull("answeredOn") ? LocalDate.parse(form.path("answeredOn").asText()) : null,
                form.path("attachedOpinion").asText(null), form.path("summary").asText(null), actor.username());
        ConsultationStatus next = switch (outcome) {
            case DEFERRED -> ConsultationStatus.DEFERRED;
            case REJECTED -> ConsultationStatus.REJECTED;
            case APPROVED, APPROVED_WITH_OPINION -> ConsultationStatus.ANSWERED;
        };
        Consultation answered = transition(consultation, next, "ANSWER_RECORDED", actor, form);
        workflow.complete(task, Map.of(Variables.ANSWER_OUTCOME, outcome.name()));
        events.publishEvent(new AnswerRecorded(id, consultation.meetingId(), outcome, actor.username()));
        return consultation(answered.id());
    }

    /** 登録簿更新: the department files the registration the answer calls for. */
    @Transactional
    public Consultation fileRegistration(CurrentUser actor, long id, JsonNode input) {
        Consultation consultation = requireDepartment(actor, id);
        Task task = workflow.taskFor(actor, consultation.processInstanceId(), Tasks.REGISTRY_UPDATE, "登録簿更新");
        JsonNode form = forms.require("registry-update", input);
        consultations.insertRegistryFiling(id, form.path("change").asText(), form.path("registrationNumber").asText(null),
                LocalDate.parse(form.path("effectiveOn").asText()), form.path("notes").asText(null), actor.username());
        Consultation filed = transition(consultation, ConsultationStatus.REGISTERED, "REGISTRY_FILED", actor, form);
        workflow.complete(task, Map.of());
        events.publishEvent(new CaseEvents.RegistrationFiled(id, form, actor.username()));
        return consultation(filed.id());
    }

    /** 取下げ: possible until the meeting has been held. */
    @Transactional
    public Consultation withdraw(CurrentUser actor, long id, String reason) {
        Consultation consultation = requireDepartment(actor, id);
        String text = JapaneseText.clean(reason);
        if (text.isEmpty()) {
            throw new InvalidInputException("/reason", "取下げの理由", "「取下げの理由」を入力してください。");
        }
        boolean delivered = consultation.processInstanceId() == null && consultation.status() == ConsultationStatus.DRAFT
                || workflow.deliver(consultation.processInstanceId(), Messages.WITHDRAWAL, Map.of());
        if (!delivered || consultation.status() == ConsultationStatus.WITHDRAWN) {
            throw new StateConflictException("「" + consultation.status().label() + "」の諮問は取り下げできません。"
                    + "取下げは会議で審議される前に限られます。");
        }
        Consultation withdrawn = transition(consultation, ConsultationStatus.WITHDRAWN, "WITHDRAWN", actor, Map.of("reason", text));
        events.publishEvent(new ConsultationWithdrawn(id, actor.username()));
        return withdrawn;
    }

    /** Moves a case on by itself (a step of the workflow or another feature), with "system" as the actor. */
    @Transactional
    public void advance(long id, ConsultationStatus status, String action) {
        Consultation consultation = consultation(id);
        if (!consultations.updateStatus(id, consultation.version(), status)) {
            throw stale(id, consultation.version());
        }
        history.record(SubjectType.CONSULTATION, id, action, "system", status.name(), null);
        outbox.enqueue(SearchOutbox.CONSULTATION, id);
    }

    @EventListener
    void onMeetingHeld(MeetingHeld held) {
        for (Consultation consultation : consultations.onMeeting(held.meetingId(), ConsultationStatus.SCHEDULED)) {
            transition(consultation, ConsultationStatus.DELIBERATED, "DELIBERATED", held.recordedBy(),
                    Map.of("meetingId", held.meetingId()));
        }
    }

    /** A consultation as this person may see it. */
    public Consultation get(CurrentUser actor, long id) {
        Consultation consultation = consultation(id);
        requireVisible(actor, consultation);
        return consultation;
    }

    public List<Consultation> list(CurrentUser actor) {
        return consultations.all().stream().filter(consultation -> isVisible(actor, consultation)).toList();
    }

    /** The 事前質問 on the case and their answers, for whoever may read the case. */
    public List<Question> questions(CurrentUser actor, long id) {
        requireVisible(actor, consultation(id));
        return consultations.questions(id);
    }

    public List<CaseHistory.Entry> history(CurrentUser actor, long id) {
        get(actor, id);
        return history.entries(SubjectType.CONSULTATION, id);
    }

    /** The consultation as the precedent search indexes it; empty if it does not exist. */
    public Optional<ConsultationDocument> searchDocument(long id) {
        return consultations.find(id).map(consultation -> {
            List<Answer> answers = consultations.answers(id);
            return new ConsultationDocument(councils.council(consultation.councilId()).municipality(), consultation.caseNumber(),
                    councils.department(consultation.departmentCode()).name(), consultation.title(),
                    ConsultationText.of(consultation.draft()),
                    consultation.grounds().stream().map(ground -> ground.ground().name()).toList(), consultation.status().name(),
                    answers.isEmpty() ? null : answers.get(answers.size() - 1).outcome().name(), consultation.fiscalYear());
        });
    }

    public List<Long> consultationIds() {
        return consultations.all().stream().map(Consultation::id).toList();
    }

    /** The council's answers on the case, the latest last. */
    public List<Answer> answers(long id) {
        return consultations.answers(id);
    }

    public Consultation consultation(long id) {
        return consultations.find(id).orElseThrow(() -> new NotFoundException("諮問", id));
    }

    /**
     * A draft is the department's own until submitted; 総務課 and the secretariat see every case from submission, staff
     * (閲覧) once it is accepted, and a member once the packet of the case's meeting reached them.
     */
    private boolean isVisible(CurrentUser actor, Consultation consultation) {
        if (actor.actsFor(consultation.departmentCode())) {
            return true;
        }
        ConsultationStatus status = consultation.status();
        if (status == ConsultationStatus.DRAFT || status == ConsultationStatus.SUPERVISOR_REVIEW) {
            return false;
        }
        if (actor.has(Role.SOUMU) || actor.has(Role.SECRETARIAT)) {
            return true;
        }
        if (actor.has(Role.VIEWER) && !ConsultationStatus.notPrecedents().contains(status.name())) {
            return true;
        }
        return actor.has(Role.MEMBER) && consultation.meetingId() != null
                && meetings.papersVisibleTo(consultation.meetingId(), actor.username());
    }

    private void requireVisible(CurrentUser actor, Consultation consultation) {
        if (!isVisible(actor, consultation)) {
            throw new ForbiddenException("この諮問を閲覧する権限がありません。");
        }
    }

    private void requireMemberOfMeeting(CurrentUser actor, Consultation consultation) {
        if (!actor.has(Role.MEMBER) || consultation.meetingId() == null
                || !meetings.isMember(consultation.meetingId(), actor.username())) {
            throw new ForbiddenException("この諮問を審議する会議の委員のみ行えます。");
        }
        if (!meetings.meeting(consultation.meetingId()).isDistributed()) {
            throw new StateConflictException("会議資料がまだ配布されていません。配布後に確認してください。");
        }
    }

    private Consultation requireDepartment(CurrentUser actor, long id) {
        Consultation consultation = consultation(id);
        if (!actor.has(Role.DEPARTMENT) || !actor.actsFor(consultation.departmentCode())) {
            throw new ForbiddenException("この諮問は所管課（" + councils.department(consultation.departmentCode()).name()
                    + "）の起案担当者のみ操作できます。");
        }
        return consultation;
    }

    private static void requireVersion(Consultation consultation, Integer expectedVersion) {
        Versions.require("この諮問", expectedVersion, consultation.version());
    }

    private StaleEditException stale(long id, int expectedVersion) {
        return new StaleEditException("この諮問", expectedVersion, consultation(id).version());
    }

    private Consultation transition(Consultation consultation, ConsultationStatus status, String action, CurrentUser actor,
            Object details) {
        return transition(consultation, status, action, actor.username(), details);
    }

    private Consultation transition(Consultation consultation, ConsultationStatus status, String action, String actor,
            Object details) {
        if (!consultations.updateStatus(consultation.id(), consultation.version(), status)) {
            throw stale(consultation.id(), consultation.version());
        }
        history.record(SubjectType.CONSULTATION, consultation.id(), action, actor, status.name(),
                json.tree(details));
        outbox.enqueue(SearchOutbox.CONSULTATION, consultation.id());
        return consultation(consultation.id());
    }

    private List<Consultation.Ground> decideGrounds(Consultation consultation, JsonNode draft) {
        Council council = councils.council(consultation.councilId());
        List<Consultation.Ground> grounds = grounds(council, draft.path("answers"));
        if (grounds.isEmpty()) {
            throw new InvalidInputException("/answers", "該当する事項",
                    "どの「意見を聴く項目」にも該当しないため、審議会への諮問は不要です（" + council.municipality() + "）。");
        }
        return grounds;
    }

    /** The 意見を聴く項目 the answers so far call for in the drafter's municipality, shown beside the draft form. */
    public List<Consultation.Ground> previewGrounds(CurrentUser actor, JsonNode answers) {
        if (!actor.has(Role.DEPARTMENT) || actor.departmentCode() == null) {
            throw new ForbiddenException("諮問の起案は所管課の起案担当者が行います。");
        }
        return grounds(councils.council(councils.department(actor.departmentCode()).councilId()), answers);
    }

    private List<Consultation.Ground> grounds(Council council, JsonNode answers) {
        Map<String, Object> values = new HashMap<>();
        answers.fields().forEachRemaining(answer -> values.put(answer.getKey(), answer.getValue().asBoolean()));
        return workflow.decideGrounds(council.code(), values).stream()
                .map(row -> new Consultation.Ground(ConsultationGround.valueOf((String) row.get("ground")), (String) row.get("article")))
                .sorted(Comparator.comparing(Consultation.Ground::ground))
                .toList();
    }
}

package jp.shingikai.app.pages;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.CaseHistory;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.cases.ConsultationStatus;
import jp.shingikai.app.cases.Question;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.MeetingStatus;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.forms.FieldError;
import jp.shingikai.forms.FormDefinitions;
import jp.shingikai.japanese.JapaneseTime;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page shows a person: the case, its papers, questions and history, the steps waiting for this person
 * as forms, and — for 総務課 looking at a resubmitted draft — what changed since it was returned.
 */
@Component
class CaseView {

    private static final Set<ConsultationStatus> WITHDRAWABLE = EnumSet.of(ConsultationStatus.DRAFT,
            ConsultationStatus.SUPERVISOR_REVIEW, ConsultationStatus.SUBMITTED, ConsultationStatus.RETURNED,
            ConsultationStatus.ACCEPTED, ConsultationStatus.SCHEDULED);

    private final ConsultationService consultations;
    private final DocumentService documents;
    private final MeetingService meetings;
    private final CouncilDirectory councils;
    private final Workflow workflow;
    private final FormDefinitions forms;
    private final UserAccounts accounts;
    private final Clock clock;

    CaseView(ConsultationService consultations, DocumentService documents, MeetingService meetings, CouncilDirectory councils,
            Workflow workflow, FormDefinitions forms, UserAccounts accounts, Clock clock) {
        this.consultations = consultations;
        this.documents = documents;
        this.meetings = meetings;
        this.councils = councils;
        this.workflow = workflow;
        this.forms = forms;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One row of a case list. */
    record Row(long id, String caseNumber, String title, String department, String status, String updated) {
    }

    List<Row> rows(List<Consultation> list) {
        return list.stream().map(c -> new Row(c.id(), c.caseNumber(), c.title(), councils.department(c.departmentCode()).name(),
                c.status().label(), when(c.updatedAt()))).toList();
    }

    /**
     * @param attempt a step form that came back with errors, to show again as it was filled in; or null
     */
    void fill(Model model, CurrentUser user, long id, Attempt attempt) {
        Consultation consultation = consultations.get(user, id);
        model.addAttribute("consultation", consultation);
        model.addAttribute("department", councils.department(consultation.departmentCode()).name());
        model.addAttribute("draft", SchemaForm.of(forms.schema("consultation-draft"), consultation.draft(), List.of(), Map.of()));
        model.addAttribute("history", consultations.history(user, id).stream().map(this::historyRow).toList());
        model.addAttribute("papers", documents.documents(user, SubjectType.CONSULTATION, id).stream()
                .map(d -> new PaperRow(d.id(), d.title(), d.version(), when(d.createdAt()))).toList());
        List<Question> questions = consultations.questions(user, id);
        model.addAttribute("questions", questions);
        model.addAttribute("meeting", consultation.meetingId() == null ? null : meetings.meeting(consultation.meetingId()));
        List<Task> tasks = workflow.tasksFor(user);
        List<StepView> steps = new ArrayList<>();
        for (Step step : openSteps(tasks, consultation)) {
            boolean retried = attempt != null && attempt.step().equals(step.key());
            JsonNode data = retried ? attempt.data() : null;
            List<FieldError> errors = retried ? attempt.errors() : List.of();
            String question = questions.stream().filter(q -> Long.valueOf(q.id()).equals(step.questionId())).map(Question::question)
                    .findFirst().orElse(null);
            steps.add(new StepView(step, SchemaForm.of(forms.schema(step.formKey()), data, errors,
                    meetingOptions(consultation.councilId())), question));
        }
        model.addAttribute("steps", steps);
        boolean department = user.has(Role.DEPARTMENT) && user.actsFor(consultation.departmentCode());
        model.addAttribute("canEdit", department && consultation.status().isEditable());
        model.addAttribute("canWithdraw", department && WITHDRAWABLE.contains(consultation.status()));
        model.addAttribute("canAsk", user.has(Role.MEMBER) && consultation.status() == ConsultationStatus.SCHEDULED
                && consultation.meetingId() != null && meetings.papersVisibleTo(consultation.meetingId(), user.username()));
        model.addAttribute("changes", user.has(Role.SOUMU) ? changesSinceReturn(user, consultation) : List.of());
        boolean reportDue = department && consultation.status() == ConsultationStatus.REGISTERED && tasks.stream()
                .anyMatch(task -> task.getTaskDefinitionKey().equals(Tasks.REPORT_DRAFT)
                        && Long.valueOf(id).equals(number(task.getProcessVariables().get(Variables.CASE_ID))));
        model.addAttribute("reportForm", reportDue ? SchemaForm.of(forms.schema("report-draft"), null, List.of(), Map.of()) : null);
        model.addAttribute("attemptErrors", attempt == null ? Map.of() : Map.of(attempt.step(), attempt.errors()));
    }

    /** The steps of this case's workflow among a person's tasks (the draft itself is edited on its own form). */
    private static List<Step> openSteps(List<Task> tasks, Consultation consultation) {
        List<Step> steps = new ArrayList<>();
        for (Task task : tasks) {
            if (consultation.processInstanceId() != null && consultation.processInstanceId().equals(task.getProcessInstanceId())
                    && !task.getTaskDefinitionKey().equals(Tasks.DRAFT)) {
                steps.add(new Step(task.getTaskDefinitionKey(), task.getName(), task.getFormKey(),
                        number(task.getProcessVariables().get(Variables.QUESTION_ID))));
            }
        }
        return steps;
    }

    /** The step if it waits for this person; refused if it waits for someone else, a conflict if it waits for nobody. */
    Step openStep(CurrentUser user, long id, String key) {
        Consultation consultation = consultations.get(user, id);
        Task task = workflow.taskFor(user, consultation.processInstanceId(), key);
        return new Step(task.getTaskDefinitionKey(), task.getName(), task.getFormKey(),
                number(task.getProcessVariables().get(Variables.QUESTION_ID)));
    }

    void complete(CurrentUser user, long id, Step step, JsonNode form) {
        switch (step.key()) {
            case Tasks.SUPERVISOR_REVIEW -> consultations.supervisorReview(user, id, form);
            case Tasks.FORMAL_REVIEW -> consultations.formalReview(user, id, form);
            case Tasks.MEETING_ASSIGNMENT -> consultations.assignMeeting(user, id, form);
            case Tasks.MEMBER_REVIEW -> consultations.review(user, id, form);
            case Tasks.ANSWER_QUESTION -> consultations.answerQuestion(user, id, step.questionId(), form);
            case Tasks.RECORD_ANSWER -> consultations.recordAnswer(user, id, form);
            case Tasks.REGISTRY_UPDATE -> consultations.fileRegistration(user, id, form);
            default -> throw new StateConflictException("「" + step.name() + "」はこの画面では行えません。");
        }
    }

    /** The meetings a case or report can go to: its council's, not yet held. */
    Map<String, List<SchemaForm.Option>> meetingOptions(long councilId) {
        List<SchemaForm.Option> open = new ArrayList<>();
        for (Meeting meeting : meetings.meetings()) {
            if (meeting.councilId() == councilId && meeting.status() == MeetingStatus.PLANNED) {
                open.add(new SchemaForm.Option(Long.toString(meeting.id()), meeting.label() + "（" + meeting.when() + "）", false));
            }
        }
        return Map.of("meeting-select", open);
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    /** What the department changed between the draft 総務課 returned and the one now submitted, field by field. */
    private List<Change> changesSinceReturn(CurrentUser user, Consultation consultation) {
        List<CaseHistory.Entry> history = consultations.history(user, consultation.id());
        JsonNode returned = null;
        JsonNode lastSaved = null;
        for (CaseHistory.Entry entry : history) {
            if (entry.action().equals("CREATED") || entry.action().equals("EDITED")) {
                lastSaved = entry.details();
            } else if (entry.action().equals("RETURNED")) {
                returned = lastSaved;
            }
        }
        if (returned == null) {
            return List.of();
        }
        JsonNode schema = forms.schema("consultation-draft");
        Map<String, String[]> before = flatten(SchemaForm.of(schema, returned, List.of(), Map.of()), "");
        Map<String, String[]> after = flatten(SchemaForm.of(schema, consultation.draft(), List.of(), Map.of()), "");
        List<Change> changes = new ArrayList<>();
        Map<String, String[]> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        all.forEach((name, labelled) -> {
            String old = before.containsKey(name) ? before.get(name)[1] : "";
            String now = after.containsKey(name) ? after.get(name)[1] : "";
            if (!old.equals(now)) {
                changes.add(new Change(labelled[0], old, now));
            }
        });
        return changes;
    }

    /** Input name → {label path, value as shown}. */
    private static Map<String, String[]> flatten(SchemaForm.Field field, String path) {
        Map<String, String[]> values = new LinkedHashMap<>();
        String label = path.isEmpty() ? field.label() : path + " ＞ " + field.label();
        switch (field.kind()) {
            case "form" -> field.children().forEach(child -> values.putAll(flatten(child, "")));
            case "group" -> field.children().forEach(child -> values.putAll(flatten(child, label)));
            case "rows" -> field.rows().forEach(row -> row.forEach(cell -> values.putAll(flatten(cell, label))));
            case "checkbox" -> values.put(field.name(), new String[] {label, field.value().equals("true") ? "はい" : "いいえ"});
            case "checkbox-group" -> values.put(field.name(), new String[] {label, String.join("、",
                    field.options().stream().filter(SchemaForm.Option::chosen).map(SchemaForm.Option::label).toList())});
            default -> {
                if (!field.shown().isEmpty()) {
                    values.put(field.name(), new String[] {label, field.shown()});
                }
            }
        }
        return values;
    }

    private HistoryRow historyRow(CaseHistory.Entry entry) {
        return new HistoryRow(when(entry.occurredAt()), entry.actionLabel(), displayName(entry.actor()));
    }

    private String displayName(String username) {
        return username.equals("system") ? "システム" : accounts.find(username).map(CurrentUser::displayName).orElse(username);
    }

    /** 令和4年3月4日 午後2時05分, in Japan time. */
    String when(OffsetDateTime time) {
        ZonedDateTime local = time.atZoneSameInstant(clock.getZone());
        return Wareki.format(local.toLocalDate()) + " " + JapaneseTime.format(local.toLocalTime().withSecond(0).withNano(0));
    }

    /** A workflow step waiting for the person; {@code questionId} names the question a 事前質問への回答 answers. */
    record Step(String key, String name, String formKey, Long questionId) {
    }

    record StepView(Step step, SchemaForm.Field form, String question) {
    }

    /** A step form, or the question / withdrawal / attachment form, that came back with errors. */
    record Attempt(String step, JsonNode data, List<FieldError> errors) {
    }

    record Change(String field, String before, String after) {
    }

    record HistoryRow(String when, String action, String actor) {
    }

    record PaperRow(long id, String title, int version, String created) {
    }
}

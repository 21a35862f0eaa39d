package jp.shingikai.app.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.processes.AssessmentWorkflow;
import jp.shingikai.processes.ConsultationGround;
import jp.shingikai.processes.ConsultationWorkflow;
import jp.shingikai.processes.ConsultationWorkflow.Messages;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import jp.shingikai.processes.MinutesWorkflow;
import jp.shingikai.processes.ReportKind;
import lombok.RequiredArgsConstructor;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The features' one door to the process and decision engines: starting processes, finding the open task a person may
 * take, completing it, and delivering messages. It speaks the names of {@link ConsultationWorkflow}.
 */
@Service
@RequiredArgsConstructor
public class Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DmnDecisionService decisions;
    private final WorkflowProperties properties;

    public String startConsultation(long caseId, String departmentCode, boolean supervisorReviewRequired) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, caseId);
        variables.put(Variables.DEPARTMENT_CODE, departmentCode);
        variables.put(Variables.SUPERVISOR_REVIEW_REQUIRED, supervisorReviewRequired);
        variables.put(Variables.REPORT_DUE_AFTER, properties.reportDueAfter().toString());
        return runtime.startProcessInstanceByKey(ConsultationWorkflow.CONSULTATION_PROCESS, "consultation-" + caseId, variables)
                .getId();
    }

    public String startAfterTheFactReport(long reportId, String departmentCode) {
        return runtime.startProcessInstanceByKey(ConsultationWorkflow.REPORT_PROCESS, "report-" + reportId, Map.of(
                Variables.REPORT_ID, reportId, Variables.DEPARTMENT_CODE, departmentCode,
                Variables.REPORT_KIND, ReportKind.AFTER_THE_FACT.name())).getId();
    }

    /** 第三者点検 of a department's draft 評価書. */
    public String startAssessmentReview(long reviewId, String departmentCode) {
        return runtime.startProcessInstanceByKey(AssessmentWorkflow.REVIEW_PROCESS, "assessment-" + reviewId, Map.of(
                AssessmentWorkflow.Variables.REVIEW_ID, reviewId, AssessmentWorkflow.Variables.DEPARTMENT_CODE, departmentCode))
                .getId();
    }

    /** 会議録: confirmed by the members who attended, fixed by the one who presided. */
    public String startMinutes(long minutesId, List<String> attendingMembers, String chair) {
        return runtime.startProcessInstanceByKey(MinutesWorkflow.MINUTES_PROCESS, "minutes-" + minutesId, Map.of(
                MinutesWorkflow.Variables.MINUTES_ID, minutesId, MinutesWorkflow.Variables.ATTENDING_MEMBERS, attendingMembers,
                MinutesWorkflow.Variables.CHAIR, chair)).getId();
    }

    /** The report process an approved consultation has called, once its implementation report is due. */
    public Optional<String> implementationReportProcess(String consultationProcessId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().superProcessInstanceId(consultationProcessId)
                .singleResult()).map(ProcessInstance::getId);
    }

    public void setVariable(String processInstanceId, String name, Object value) {
        runtime.setVariable(processInstanceId, name, value);
    }

    /**
     * The open task of this step that this person may take.
     *
     * @param step how the step is called in Japanese, for the message when the case is not at that step
     * @throws StateConflictException if the process is not at that step
     * @throws ForbiddenException     if it is, but the task is someone else's
     */
    public OpenStep taskFor(CurrentUser user, String processInstanceId, String taskKey, String step) {
        if (processInstanceId == null
                || tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).count() == 0) {
            throw new StateConflictException("この案件は現在「" + step + "」の段階にありません。");
        }
        return mine(user, processInstanceId, taskKey).orElseThrow(() -> notMine(processInstanceId, taskKey, step));
    }

    /**
     * As {@link #taskFor(CurrentUser, String, String, String)}, for a page that knows the step only by its key: the
     * step's own name goes into the message.
     */
    public OpenStep taskFor(CurrentUser user, String processInstanceId, String taskKey) {
        List<OpenStep> open = processInstanceId == null ? List.of() : openTasks(processInstanceId, taskKey);
        if (open.isEmpty()) {
            throw new StateConflictException("この作業は完了済みか、今は行えません。ページを開き直してください。");
        }
        return mine(user, processInstanceId, taskKey).orElseThrow(() -> notMine(processInstanceId, taskKey, open.get(0).name()));
    }

    /** Someone else's step, or one that someone completed a moment ago (on this node or another). */
    private RuntimeException notMine(String processInstanceId, String taskKey, String step) {
        if (tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).count() == 0) {
            return new StateConflictException("「" + step + "」は、ほかの人が先に完了しました。ページを開き直してください。");
        }
        return new ForbiddenException("「" + step + "」はあなたの担当ではありません。");
    }

    private Optional<OpenStep> mine(CurrentUser user, String processInstanceId, String taskKey) {
        return assignedTo(user, tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey))
                .stream().findFirst();
    }

    public void complete(OpenStep task, Map<String, Object> variables) {
        tasks.complete(task.taskId(), variables);
    }

    /** The open tasks this person may take, oldest first: their group tasks and those assigned to them. */
    public List<OpenStep> tasksFor(CurrentUser user) {
        return assignedTo(user, tasks.createTaskQuery());
    }

    /** The open tasks this person may take on one process. */
    public List<OpenStep> tasksFor(CurrentUser user, String processInstanceId) {
        return processInstanceId == null ? List.of()
                : assignedTo(user, tasks.createTaskQuery().processInstanceId(processInstanceId));
    }

    private List<OpenStep> assignedTo(CurrentUser user, TaskQuery query) {
        List<String> groups = user.candidateGroups();
        TaskQuery mine = groups.isEmpty() ? query.taskAssignee(user.username())
                : query.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).endOr();
        return open(mine);
    }

    /** Every step open anywhere, oldest first. */
    public List<OpenStep> openSteps() {
        return open(tasks.createTaskQuery());
    }

    public List<OpenStep> openTasks(String processInstanceId, String taskKey) {
        return open(tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey));
    }

    private static List<OpenStep> open(TaskQuery query) {
        return query.includeProcessVariables().includeTaskLocalVariables().orderByTaskCreateTime().asc().list().stream()
                .map(Workflow::openStep).toList();
    }

    private static OpenStep openStep(Task task) {
        return new OpenStep(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(),
                task.getFormKey(), task.getCreateTime().toInstant(), CaseVariables.of(task.getProcessVariables()),
                CaseVariables.id(task.getTaskLocalVariables(), Variables.QUESTION_ID));
    }

    /** Ties the 事前質問への回答 tasks that have no question yet to this question. */
    public void assignQuestion(String processInstanceId, long questionId) {
        openTasks(processInstanceId, ConsultationWorkflow.Tasks.ANSWER_QUESTION).stream()
                .filter(task -> task.questionId() == null)
                .forEach(task -> tasks.setVariableLocal(task.taskId(), Variables.QUESTION_ID, questionId));
    }

    /** Delivers a message to the process; false when the process is not waiting for it. */
    public boolean deliver(String processInstanceId, String message, Map<String, Object> variables) {
        Execution waiting = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(message).list().stream().findFirst().orElse(null);
        if (waiting == null) {
            return false;
        }
        runtime.messageEventReceived(message, waiting.getId(), variables);
        return true;
    }

    /** Tells every consultation and report on this meeting's agenda that the meeting has been held. */
    public int meetingHeld(long meetingId) {
        List<Execution> waiting = runtime.createExecutionQuery().messageEventSubscriptionName(Messages.MEETING_HELD)
                .processVariableValueEquals(Variables.MEETING_ID, meetingId).list();
        waiting.forEach(execution -> runtime.messageEventReceived(Messages.MEETING_HELD, execution.getId()));
        return waiting.size();
    }

    /** When members who have not reviewed are reminded: N days before the meeting, never in the past. */
    public Instant reminderAt(LocalDate meetingDay, Instant now) {
        Instant planned = meetingDay.minusDays(properties.reminderDaysBefore()).atTime(properties.reminderTime())
                .atZone(properties.zone()).toInstant();
        return planned.isBefore(now) ? now : planned;
    }

    /** The rule set in force for this municipality on this day; none before its first rule set or for unknown ones. */
    public Optional<RuleSet> ruleSet(String municipality, LocalDate day) {
        Map<String, Object> row = decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.RULE_SET_DECISION)
                .variable("municipality", municipality).variable("referenceDate", day).executeWithSingleResult();
        return Optional.ofNullable(row).map(found -> new RuleSet((String) found.get("ruleSet"), (String) found.get("instrument"),
                RuleSet.Era.valueOf((String) found.get("era"))));
    }

    /** The 意見を聴く項目 a draft's answers call for under this rule set, with the article each cites. */
    public List<GroundDecision> decideGrounds(String ruleSet, Map<String, Boolean> answers) {
        Map<String, Object> input = new HashMap<>(answers);
        input.put("ruleSet", ruleSet);
        return decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.GROUNDS_DECISION).variables(input)
                .executeDecision().stream()
                .map(row -> new GroundDecision(ConsultationGround.valueOf((String) row.get("ground")), (String) row.get("article")))
                .toList();
    }
}

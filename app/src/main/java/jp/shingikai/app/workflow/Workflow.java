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
import jp.shingikai.processes.ConsultationWorkflow;
import jp.shingikai.processes.ConsultationWorkflow.Messages;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import jp.shingikai.processes.ReportKind;
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
public class Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DmnDecisionService decisions;
    private final WorkflowProperties properties;

    Workflow(RuntimeService runtime, TaskService tasks, DmnDecisionService decisions, WorkflowProperties properties) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.decisions = decisions;
        this.properties = properties;
    }

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
    public Task taskFor(CurrentUser user, String processInstanceId, String taskKey, String step) {
        if (processInstanceId == null || !hasOpenTask(processInstanceId, taskKey)) {
            throw new StateConflictException("この案件は現在「" + step + "」の段階にありません。");
        }
        return mine(user, processInstanceId, taskKey)
                .orElseThrow(() -> new ForbiddenException("「" + step + "」はあなたの担当ではありません。"));
    }

    /**
     * As {@link #taskFor(CurrentUser, String, String, String)}, for a page that knows the step only by its key: the
     * step's own name goes into the message, and its variables come with it.
     */
    public Task taskFor(CurrentUser user, String processInstanceId, String taskKey) {
        List<Task> open = processInstanceId == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
        if (open.isEmpty()) {
            throw new StateConflictException("この作業は完了済みか、今は行えません。ページを開き直してください。");
        }
        return mine(user, processInstanceId, taskKey)
                .orElseThrow(() -> new ForbiddenException("「" + open.get(0).getName() + "」はあなたの担当ではありません。"));
    }

    private Optional<Task> mine(CurrentUser user, String processInstanceId, String taskKey) {
        TaskQuery mine = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .includeProcessVariables();
        List<String> groups = user.candidateGroups();
        mine = groups.isEmpty() ? mine.taskAssignee(user.username())
                : mine.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).endOr();
        return mine.list().stream().findFirst();
    }

    public boolean hasOpenTask(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).count() > 0;
    }

    public Object taskVariable(Task task, String name) {
        return tasks.getVariableLocal(task.getId(), name);
    }

    public void setTaskVariable(Task task, String name, Object value) {
        tasks.setVariableLocal(task.getId(), name, value);
    }

    public void complete(Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
    }

    /** The open tasks this person may take: their group tasks and those assigned to them. */
    public List<Task> tasksFor(CurrentUser user) {
        TaskQuery query = tasks.createTaskQuery().includeProcessVariables();
        List<String> groups = user.candidateGroups();
        query = groups.isEmpty() ? query.taskAssignee(user.username())
                : query.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).endOr();
        return query.orderByTaskCreateTime().asc().list();
    }

    public List<Task> openTasks(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
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

    /** The 意見を聴く項目 a draft's answers call for in this municipality, with the article each cites. */
    public List<Map<String, Object>> decideGrounds(String municipality, Map<String, Object> answers) {
        Map<String, Object> input = new HashMap<>(answers);
        input.put("municipality", municipality);
        return decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.GROUNDS_DECISION).variables(input)
                .executeDecision();
    }
}

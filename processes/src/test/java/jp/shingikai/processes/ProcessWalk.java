package jp.shingikai.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricVariableUpdate;
import org.flowable.engine.runtime.Execution;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.flowable.variable.api.history.HistoricVariableInstance;

/** Drives one process instance the way the application does, and reads back what happened. */
final class ProcessWalk {

    private static final Set<String> NOTEWORTHY = Set.of("startEvent", "userTask", "serviceTask", "intermediateCatchEvent",
            "boundaryEvent", "endEvent", "callActivity", "subProcess", "eventSubProcess");

    private final ProcessEngine engine;
    private final String processInstanceId;

    private ProcessWalk(ProcessEngine engine, String processInstanceId) {
        this.engine = engine;
        this.processInstanceId = processInstanceId;
    }

    static ProcessWalk start(ProcessEngine engine, String processKey, Map<String, Object> variables) {
        return new ProcessWalk(engine, engine.getRuntimeService().startProcessInstanceByKey(processKey, "case-1", variables).getId());
    }

    static ProcessWalk of(ProcessEngine engine, String processInstanceId) {
        return new ProcessWalk(engine, processInstanceId);
    }

    String id() {
        return processInstanceId;
    }

    Task task(String taskKey) {
        List<Task> tasks = tasks(taskKey);
        assertThat(tasks).as("open %s tasks", taskKey).hasSize(1);
        return tasks.get(0);
    }

    List<Task> tasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
    }

    List<String> openTaskKeys() {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    ProcessWalk complete(String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(taskKey).getId(), variables);
        return this;
    }

    ProcessWalk complete(Task task) {
        engine.getTaskService().complete(task.getId());
        return this;
    }

    ProcessWalk complete(String taskKey) {
        return complete(taskKey, Map.of());
    }

    /** Correlates a message with the one execution of this instance waiting for it. */
    ProcessWalk message(String messageName, Map<String, Object> variables) {
        Execution waiting = engine.getRuntimeService().createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(messageName).singleResult();
        assertThat(waiting).as("an execution waiting for message %s", messageName).isNotNull();
        engine.getRuntimeService().messageEventReceived(messageName, waiting.getId(), variables);
        return this;
    }

    boolean waitsFor(String messageName) {
        return engine.getRuntimeService().createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(messageName).count() > 0;
    }

    /** Moves the engine's clock to the given instant and runs the timers of this instance that are then due. */
    ProcessWalk clockAt(Instant instant) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(instant));
        for (Job timer : engine.getManagementService().createTimerJobQuery().processInstanceId(processInstanceId).executable().list()) {
            Job job = engine.getManagementService().moveTimerToExecutableJob(timer.getId());
            engine.getManagementService().executeJob(job.getId());
        }
        return this;
    }

    Instant timerDueDate() {
        Job timer = engine.getManagementService().createTimerJobQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(timer).as("a timer of this instance").isNotNull();
        return timer.getDuedate().toInstant();
    }

    /** The subprocess instance started by a call activity of this instance. */
    ProcessWalk calledProcess() {
        String called = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
                .singleResult().getId();
        return new ProcessWalk(engine, called);
    }

    boolean hasEnded() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    /**
     * Activities this instance went through, in the order they were entered: not those cancelled (a boundary event that
     * never fired, a review cut short by the meeting), and without gateways and sequence flows.
     */
    List<String> passedActivities() {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list()
                .stream()
                .filter(activity -> NOTEWORTHY.contains(activity.getActivityType()) && activity.getDeleteReason() == null)
                // The tests freeze the engine's clock, so start times tie; the test engine's ids grow with creation order.
                .sorted(Comparator.comparing(activity -> Long.parseLong(activity.getId())))
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /** The latest value of a variable, from history (it survives the end of the instance). */
    Object historicVariable(String name) {
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** How often a variable was set to each value over the instance's life. */
    List<Object> variableHistory(String name) {
        return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().orderByTime().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> update.getVariableName().equals(name))
                .map(HistoricVariableUpdate::getValue)
                .toList();
    }
}

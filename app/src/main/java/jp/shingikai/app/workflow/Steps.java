package jp.shingikai.app.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.problems.Versions;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.FormInput;
import jp.shingikai.app.system.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a step of any case type is taken: who may take it, whether the case is at that step, the step's form,
 * the change, the history entry and the completed task, in one transaction. A failure anywhere leaves the case as it
 * was.
 */
@Service
public class Steps {

    private final Workflow workflow;
    private final FormInput forms;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Map<SubjectType, CaseKind<?>> kinds;

    Steps(Workflow workflow, FormInput forms, CaseHistory history, ApplicationEventPublisher events, List<CaseKind<?>> kinds) {
        this.workflow = workflow;
        this.forms = forms;
        this.history = history;
        this.events = events;
        this.kinds = kinds.stream().collect(Collectors.toMap(CaseKind::subjectType, Function.identity()));
    }

    /** Takes the step on the case, as the person whose task it is. */
    @Transactional
    public <C extends CaseRecord> C take(CaseKind<C> kind, Step<C> step, CurrentUser actor, long id, JsonNode input) {
        C subject = kind.find(id);
        step.guard().check(actor, subject);
        OpenStep task = workflow.taskFor(actor, subject.processInstanceId(), step.taskKey(), step.name());
        return run(kind, step, actor, subject, task, input);
    }

    /** Takes whichever of the case type's declared steps the task key names (a page posts any step by its key). */
    @Transactional
    public <C extends CaseRecord> C take(CaseKind<C> kind, Map<String, Step<C>> declared, CurrentUser actor, long id,
            String taskKey, JsonNode input) {
        Step<C> step = declared.get(taskKey);
        if (step == null) {
            throw new StateConflictException("この作業はこの画面では行えません。");
        }
        return take(kind, step, actor, id, input);
    }

    /** As {@link #take}, refusing a step based on another version of the case than the current one. */
    @Transactional
    public <C extends CaseRecord> C take(CaseKind<C> kind, Step<C> step, CurrentUser actor, long id, Integer expectedVersion,
            JsonNode input) {
        Versions.require(noun(kind), expectedVersion, kind.find(id).version());
        return take(kind, step, actor, id, input);
    }

    /** Takes the step on a task the caller picked itself (one of several open at once, such as a question's answer). */
    @Transactional
    public <C extends CaseRecord> C complete(CaseKind<C> kind, Step<C> step, CurrentUser actor, C subject, OpenStep task,
            JsonNode input) {
        step.guard().check(actor, subject);
        return run(kind, step, actor, subject, task, input);
    }

    private <C extends CaseRecord> C run(CaseKind<C> kind, Step<C> step, CurrentUser actor, C subject, OpenStep task,
            JsonNode input) {
        JsonNode form = forms.require(step.formKey(), input);
        Step.Outcome outcome = step.change().apply(subject, actor, form);
        record(kind, subject, outcome.status(), outcome.action(), actor.username(), outcome.details());
        workflow.complete(task, outcome.variables());
        if (outcome.event() != null) {
            events.publishEvent(outcome.event());
        }
        return kind.find(subject.id());
    }

    /**
     * Moves the case to a status (or keeps it, for null) and records why, refusing it if someone changed the case
     * since it was read.
     */
    @Transactional
    public <C extends CaseRecord> C record(CaseKind<C> kind, C subject, CaseStatus status, HistoryAction action, String actor,
            Object details) {
        CaseStatus after = status == null ? subject.status() : status;
        if (status != null && !kind.updateStatus(subject.id(), subject.version(), status)) {
            throw new StaleEditException(noun(kind), subject.version(), kind.find(subject.id()).version());
        }
        history.record(kind.subjectType(), subject.id(), action, actor, after, details);
        kind.changed(subject.id());
        return kind.find(subject.id());
    }

    /** 起案: saves a new case a department wrote. Missing fields are allowed until submission; wrong ones are not. */
    @Transactional
    public <C extends CaseRecord> C createDraft(CaseKind<C> kind, CurrentUser actor, String formKey, JsonNode input,
            DraftInsert insert) {
        JsonNode saved = forms.requireDraft(formKey, input);
        long id = insert.insert(saved);
        return record(kind, kind.find(id), null, HistoryAction.CREATED, actor.username(), saved);
    }

    /** Inserts the new case from what the department saved; returns its id. */
    @FunctionalInterface
    public interface DraftInsert {
        long insert(JsonNode saved);
    }

    /**
     * 修正: saves what the department wrote while the case is still with it (起案中 or 差戻し). Missing fields are
     * allowed until submission, wrong ones are not, and an edit based on an older version is refused.
     */
    @Transactional
    public <C extends CaseRecord> C editDraft(CaseKind<C> kind, Step.Guard<C> guard, CurrentUser actor, long id,
            int expectedVersion, String formKey, JsonNode input, DraftWrite write) {
        C subject = kind.find(id);
        guard.check(actor, subject);
        Versions.require(noun(kind), expectedVersion, subject.version());
        if (!subject.status().isEditable()) {
            throw new StateConflictException("「" + subject.status().label() + "」の" + kind.name()
                    + "は編集できません。差戻しを受けてから修正してください。");
        }
        JsonNode saved = forms.requireDraft(formKey, input);
        if (!write.write(id, expectedVersion, saved)) {
            throw new StaleEditException(noun(kind), expectedVersion, kind.find(id).version());
        }
        return record(kind, kind.find(id), null, HistoryAction.EDITED, actor.username(), saved);
    }

    /** Writes what the department saved, if the case is still at the version the edit is based on. */
    @FunctionalInterface
    public interface DraftWrite {
        boolean write(long id, int expectedVersion, JsonNode saved);
    }

    /** Records what the workflow did to a case of any type by itself, leaving its status as it is. */
    @Transactional
    public void note(SubjectType subjectType, long id, HistoryAction action, Object details) {
        CaseKind<?> kind = kind(subjectType);
        history.record(subjectType, id, action, CaseHistory.SYSTEM, kind.find(id).status(), details);
    }

    /** The case as the step mechanism reads it, whatever its type. */
    public CaseRecord find(SubjectType subjectType, long id) {
        return kind(subjectType).find(id);
    }

    public List<CaseHistory.Entry> history(SubjectType subjectType, long id) {
        return history.entries(subjectType, id);
    }

    private static String noun(CaseKind<?> kind) {
        return "この" + kind.name();
    }

    private CaseKind<?> kind(SubjectType subjectType) {
        CaseKind<?> kind = kinds.get(subjectType);
        if (kind == null) {
            throw new IllegalArgumentException("no case type for " + subjectType);
        }
        return kind;
    }
}

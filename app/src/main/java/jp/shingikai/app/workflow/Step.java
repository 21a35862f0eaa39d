package jp.shingikai.app.workflow;

import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.processes.ReviewOutcome;

/**
 * One user task of a case type, declared once: which task it completes, who may take it, which form it takes, what it
 * changes and what the history records. {@link Steps} runs every step the same way.
 *
 * @param taskKey the task's id in the BPMN model
 * @param name    how people call the step, for the message when the case is not at it
 * @param formKey the JSON Schema the input must satisfy
 * @param guard   refuses whoever may not take the step, whatever the task list says
 * @param change  what taking the step does to the case
 */
public record Step<C extends CaseRecord>(String taskKey, String name, String formKey, Guard<C> guard, Change<C> change) {

    /** Refuses (with a {@link jp.shingikai.app.problems.ForbiddenException}) someone who may not act on the case. */
    @FunctionalInterface
    public interface Guard<C> {
        void check(CurrentUser actor, C subject);

        /** A step that belongs to one role, whatever the case. */
        static <C> Guard<C> role(Role role, String refusal) {
            return (actor, subject) -> {
                if (!actor.has(role)) {
                    throw new ForbiddenException(refusal);
                }
            };
        }
    }

    /** Applies the validated form to the case and says where that leaves it. */
    @FunctionalInterface
    public interface Change<C> {
        Outcome apply(C subject, CurrentUser actor, JsonNode form);
    }

    /**
     * Where a step leaves the case.
     *
     * @param status    the new status, or null if the step does not change it
     * @param action    what the history records
     * @param details   what the history keeps of the step (usually the form)
     * @param variables what the process learns (an outcome its gateways read)
     * @param event     a past-tense event to announce once the task is completed, or null
     */
    public record Outcome(CaseStatus status, HistoryAction action, Object details, Map<String, Object> variables,
            Object event) {

        public static Outcome of(CaseStatus status, HistoryAction action, Object details) {
            return new Outcome(status, action, details, Map.of(), null);
        }

        /**
         * Where a review leaves the case: the form's outcome (差戻し or 受理) picks one of the two, and the process learns
         * it under {@code variable}, which its gateway reads.
         */
        public static Outcome ofReview(JsonNode form, String variable, Supplier<Outcome> returned,
                Supplier<Outcome> accepted) {
            ReviewOutcome outcome = ReviewOutcome.valueOf(form.path("outcome").asText());
            Outcome chosen = outcome == ReviewOutcome.RETURNED ? returned.get() : accepted.get();
            return chosen.withVariables(Map.of(variable, outcome.name()));
        }

        public Outcome withVariables(Map<String, Object> variables) {
            return new Outcome(status, action, details, variables, event);
        }

        public Outcome announcing(Object event) {
            return new Outcome(status, action, details, variables, event);
        }
    }
}

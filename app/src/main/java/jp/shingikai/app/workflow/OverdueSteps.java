package jp.shingikai.app.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.app.workflow.WorkflowEvents.StepOverdue;
import lombok.RequiredArgsConstructor;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the people of each step past its service-level deadline, once: the reminder is recorded in the same
 * transaction, so that neither a second run nor a second application instance reminds them again.
 */
@Component
@RequiredArgsConstructor
public class OverdueSteps {

    private final Workflow workflow;
    private final TaskService tasks;
    private final StepDeadlines deadlines;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Scheduled(fixedDelayString = "${shingikai.workflow.overdue-check:1h}", initialDelayString = "${shingikai.workflow.overdue-check:1h}")
    void remindToday() {
        remind(LocalDate.now(clock));
    }

    /** Reminds the people of every step due before {@code today} not yet reminded of; returns how many steps. */
    @Transactional
    public int remind(LocalDate today) {
        int reminded = 0;
        for (OpenStep step : workflow.openSteps()) {
            // Steps without a service-level deadline are left to their meeting's reminder.
            LocalDate due = deadlines.due(step, meeting -> null).orElse(null);
            if (due == null || !today.isAfter(due) || !recordReminder(step)) {
                continue;
            }
            events.publishEvent(new StepOverdue(step.name(), step.subject().subjectType(), step.subject().subjectId(), due,
                    recipients(step)));
            reminded++;
        }
        return reminded;
    }

    private boolean recordReminder(OpenStep step) {
        return jdbc.sql("insert into step_reminder (task_id, reminded_at)"
                        + " select cast(? as varchar(64)), cast(? as timestamp with time zone)"
                        + " where not exists (select 1 from step_reminder where task_id = ?)")
                .params(step.taskId(), OffsetDateTime.now(clock), step.taskId()).update() == 1;
    }

    private List<String> recipients(OpenStep step) {
        Set<String> people = new LinkedHashSet<>();
        String assignee = tasks.createTaskQuery().taskId(step.taskId()).singleResult().getAssignee();
        if (assignee != null) {
            people.add(assignee);
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(step.taskId())) {
            if (link.getUserId() != null) {
                people.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                people.addAll(accounts.inGroup(link.getGroupId()));
            }
        }
        return List.copyOf(people);
    }
}

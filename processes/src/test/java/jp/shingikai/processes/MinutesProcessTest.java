package jp.shingikai.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.shingikai.processes.MinutesWorkflow.Tasks;
import jp.shingikai.processes.MinutesWorkflow.Variables;
import org.flowable.engine.test.Deployment;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

/** 会議録: drafted by the secretariat, confirmed by every member who attended, fixed by who presided, published. */
class MinutesProcessTest extends EngineTest {

    @Deployment(resources = "processes/minutes/minutes.bpmn20.xml")
    @Test
    void eachAttendingMemberConfirmsThenThePresidingMemberFixesAndTheSecretariatPublishes() {
        ProcessWalk minutes = ProcessWalk.start(engine, MinutesWorkflow.MINUTES_PROCESS, Map.of(Variables.MINUTES_ID, 5L,
                Variables.ATTENDING_MEMBERS, List.of("iin-sato", "iin-suzuki"), Variables.CHAIR, "iin-sato"));
        assertThat(minutes.task(Tasks.DRAFT).getName()).isEqualTo("会議録の作成");

        minutes.complete(Tasks.DRAFT);
        List<Task> confirmations = minutes.tasks(Tasks.CONFIRMATION);
        assertThat(confirmations).extracting(Task::getAssignee).containsExactlyInAnyOrder("iin-sato", "iin-suzuki");
        minutes.complete(confirmations.get(0));
        assertThat(minutes.openTaskKeys()).as("the chair fixes only once everyone has confirmed").containsOnly(Tasks.CONFIRMATION);
        minutes.complete(confirmations.get(1));
        assertThat(minutes.task(Tasks.FIX).getAssignee()).isEqualTo("iin-sato");
        minutes.complete(Tasks.FIX).complete(Tasks.PUBLISH);

        assertThat(minutes.hasEnded()).isTrue();
        assertThat(minutes.passedActivities()).containsExactly("minutesStarted", "minutesDraft", "minutesConfirmation",
                "minutesConfirmation", "minutesFix", "minutesPublish", "minutesPublished");
    }
}

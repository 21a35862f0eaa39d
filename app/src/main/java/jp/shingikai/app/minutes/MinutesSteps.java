package jp.shingikai.app.minutes;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.minutes.internal.MinutesRepository;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.FormInput;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.Step;
import jp.shingikai.app.workflow.Step.Guard;
import jp.shingikai.app.workflow.Step.Outcome;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.processes.MinutesWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会議録: drafted from the meeting's record, then 作成 → 委員確認 → 会長確定 → 公開, each step declared once below and
 * taken through {@link Steps}; a correction after 確定 is a new version.
 */
@Service
@RequiredArgsConstructor
public class MinutesSteps {

    private static final String DRAFT_FORM = "minutes-draft";
    private static final String SECRETARIAT_ONLY = "会議録の作成・公開は事務局が行います。";

    private final MinutesRepository minutes;
    private final MinutesCaseKind kind;
    private final MinutesAccess access;
    private final MinutesDraft drafts;
    private final Workflow workflow;
    private final Steps steps;
    private final FormInput forms;
    private final SearchOutbox outbox;

    /** Starts the 会議録 of a held meeting, pre-filled from what the meeting recorded. */
    @Transactional
    public Minutes start(CurrentUser actor, long meetingId) {
        requireSecretariat(actor);
        if (minutes.forMeeting(meetingId).isPresent()) {
            throw new StateConflictException("この会議の会議録は既に作成されています。");
        }
        MinutesDraft.Prefilled prefilled = drafts.prefill(meetingId);
        long id = minutes.insert(prefilled.councilId(), meetingId, prefilled.title(), prefilled.header(), prefilled.content(),
                actor.username());
        minutes.setProcess(id, workflow.startMinutes(id, prefilled.attendingMembers(), prefilled.chair()));
        return steps.record(kind, kind.find(id), null, HistoryAction.CREATED, actor.username(), null);
    }

    /** Takes the workflow step with this task key (作成, 確認, 確定 or 公開). */
    @Transactional
    public Minutes take(CurrentUser actor, long id, String taskKey, JsonNode input) {
        return steps.take(kind, byTask(), actor, id, taskKey, input);
    }

    /** The steps taken by their task key alone; built when asked, as its guards refer to the injected beans. */
    private Map<String, Step<Minutes>> byTask() {
        return Map.of(Tasks.DRAFT, draft(), Tasks.CONFIRMATION, confirmation(), Tasks.FIX, fix(), Tasks.PUBLISH,
                publication());
    }

    /** 作成: the secretariat's draft goes to the members who attended. */
    private Step<Minutes> draft() {
        return new Step<>(Tasks.DRAFT, "会議録の作成", DRAFT_FORM, Guard.role(Role.SECRETARIAT, SECRETARIAT_ONLY),
                (subject, actor, form) -> {
                    minutes.writeContent(subject.id(), form);
                    return Outcome.of(MinutesStatus.CONFIRMING, HistoryAction.MINUTES_DRAFTED, form);
                });
    }

    /** 確認: each member who attended confirms, or comments; the last one sends the minutes to be fixed. */
    private Step<Minutes> confirmation() {
        return new Step<>(Tasks.CONFIRMATION, "会議録の確認", "minutes-confirmation", access::requireAttended,
                (subject, actor, form) -> {
                    String outcome = form.path("outcome").asText();
                    minutes.insertConfirmation(subject.id(), actor.username(), outcome, form.path("comment").asText(null));
                    boolean last = workflow.openTasks(subject.processInstanceId(), Tasks.CONFIRMATION).size() == 1;
                    return Outcome.of(last ? MinutesStatus.FIXING : null,
                            outcome.equals("COMMENTED") ? HistoryAction.MINUTES_COMMENTED : HistoryAction.MINUTES_CONFIRMED, form);
                });
    }

    /** 確定 by the member who presided: the first fixed version. */
    private Step<Minutes> fix() {
        return new Step<>(Tasks.FIX, "会議録の確定", "minutes-fix", access::requireChair, (subject, actor, form) -> {
            int version = minutes.addVersion(subject.id(), subject.content(), null, actor.username());
            return Outcome.of(MinutesStatus.FIXED, HistoryAction.MINUTES_FIXED, Map.of("version", version));
        });
    }

    /** 公開: only fixed minutes are published (the step does not open before 確定). */
    private Step<Minutes> publication() {
        return new Step<>(Tasks.PUBLISH, "会議録の公開", "minutes-publish", Guard.role(Role.SECRETARIAT, SECRETARIAT_ONLY),
                (subject, actor, form) -> {
                    outbox.enqueue(SearchOutbox.Document.PUBLIC_MINUTES, subject.id());
                    return Outcome.of(MinutesStatus.PUBLISHED, HistoryAction.MINUTES_PUBLISHED, form);
                });
    }

    /** 訂正 after 確定: the corrected minutes are a new version, and the earlier ones stay readable. */
    @Transactional
    public Minutes correct(CurrentUser actor, long id, JsonNode content, String reason) {
        requireSecretariat(actor);
        Minutes subject = kind.find(id);
        if (subject.status() != MinutesStatus.FIXED && subject.status() != MinutesStatus.PUBLISHED) {
            throw new StateConflictException("確定前の会議録は、訂正ではなく作成・確認の手順で直します。");
        }
        String why = JapaneseText.clean(reason == null ? "" : reason);
        if (why.isEmpty()) {
            throw new InvalidInputException("/reason", "訂正の理由", "「訂正の理由」を入力してください。");
        }
        JsonNode corrected = forms.require(DRAFT_FORM, content);
        minutes.writeContent(id, corrected);
        int version = minutes.addVersion(id, corrected, why, actor.username());
        outbox.enqueue(SearchOutbox.Document.PUBLIC_MINUTES, id);
        ObjectNode details = ((ObjectNode) corrected.deepCopy()).put("reason", why).put("version", version);
        return steps.record(kind, kind.find(id), null, HistoryAction.MINUTES_CORRECTED, actor.username(), details);
    }

    private static void requireSecretariat(CurrentUser actor) {
        Guard.<Minutes>role(Role.SECRETARIAT, SECRETARIAT_ONLY).check(actor, null);
    }

}

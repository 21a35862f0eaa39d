package jp.shingikai.app.assessments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.MeetingStatus;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.Step;
import jp.shingikai.app.workflow.Step.Guard;
import jp.shingikai.app.workflow.Step.Outcome;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.processes.AssessmentWorkflow.Tasks;
import jp.shingikai.processes.AssessmentWorkflow.Variables;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.TextExtractor;
import jp.shingikai.search.importers.ImpactAssessment;
import jp.shingikai.search.importers.ImpactAssessmentReader;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第三者点検: the department uploads its draft 評価書, then 登録 → 総務課の確認 → 意見聴取 → 付議 → 委員の確認 → 点検結果 →
 * 提出・公表, each step declared once below and taken through {@link Steps}.
 */
@Service
@RequiredArgsConstructor
public class AssessmentReviewSteps {

    private static final String SECRETARIAT_ONLY = "第三者点検への付議と点検結果の記録は事務局が行います。";
    /** 再評価 within five years of the last (特定個人情報保護評価に関する規則). */
    private static final int REEVALUATION_YEARS = 5;

    private final AssessmentRepository assessments;
    private final AssessmentReviewCaseKind kind;
    private final AssessmentReviewAccess access;
    private final ConsistencyCheck consistency;
    private final CouncilDirectory councils;
    private final MeetingService meetings;
    private final TextExtractor extractor;
    private final ContentStore files;
    private final Workflow workflow;
    private final Steps steps;
    private final ObjectMapper json;
    private final Clock clock;
    private final ImpactAssessmentReader reader = new ImpactAssessmentReader();

    /** The department uploads its draft 評価書 (Word, PDF or text); what it says is read and shown for 登録. */
    @Transactional
    public AssessmentReview create(CurrentUser actor, String fileName, byte[] content) {
        access.requireDrafterRole(actor);
        ExtractionResult extracted = extractor.extract(fileName, content);
        if (!extracted.isOk()) {
            throw new InvalidInputException("/file", "評価書", extracted.message());
        }
        if (!ImpactAssessmentReader.recognize(extracted.text())) {
            throw new InvalidInputException("/file", "評価書", "「" + fileName
                    + "」は特定個人情報保護評価書の様式として読み取れません。評価書（案）のファイルを選んでください。");
        }
        ImpactAssessment pia = reader.read(extracted.text(), fileName);
        long assessmentId = assessments.insert(pia, null, fileName, files.put(content));
        long councilId = councils.department(actor.departmentCode()).councilId();
        ObjectNode record = json.createObjectNode();
        ObjectNode draft = record.putObject("draft").put("title", pia.title().isEmpty() ? fileName : pia.title())
                .put("level", level(pia.level())).put("summary", pia.basics().getOrDefault("operationContent", ""));
        ArrayNode registryFiles = draft.putArray("registryFiles");
        pia.files().forEach(file -> registryFiles.add(file.name()));
        ArrayNode notes = record.putArray("readingNotes");
        pia.review().forEach(item -> notes.addObject().put("text", item.text()).put("reason", item.reason()));
        long id = assessments.insertReview(councilId, actor.departmentCode(), assessmentId, draft.path("title").asText(), record,
                actor.username());
        assessments.setProcess(id, workflow.startAssessmentReview(id, actor.departmentCode()));
        return steps.record(kind, kind.find(id), null, HistoryAction.CREATED, actor.username(), Map.of("file", fileName));
    }

    /** Takes the workflow step with this task key. */
    @Transactional
    public AssessmentReview take(CurrentUser actor, long id, String taskKey, JsonNode input) {
        return steps.take(kind, byTask(), actor, id, taskKey, input);
    }

    private Map<String, Step<AssessmentReview>> byTask() {
        return Map.of(Tasks.DRAFT, draft(), Tasks.CHECK, check(), Tasks.COMMENT_START, commentStart(),
                Tasks.COMMENT_RECORD, commentRecord(), Tasks.MEETING, meeting(), Tasks.MEMBER_REVIEW, memberReview(),
                Tasks.RESULT, result(), Tasks.COMPLETION, completion());
    }

    /** 登録: the department confirms what was read and names the ファイル簿 files; the consistency check runs. */
    private Step<AssessmentReview> draft() {
        return new Step<>(Tasks.DRAFT, "評価書の登録", "assessment-draft", access::requireDepartment, (review, actor, form) -> {
            assessments.record(review.id(), "draft", form);
            List<String> fileNames = new ArrayList<>();
            form.path("registryFiles").forEach(name -> fileNames.add(name.asText()));
            assessments.replaceFiles(review.id(), fileNames);
            assessments.record(review.id(), "consistency", json.valueToTree(consistency.ofAssessment(review, fileNames)));
            return Outcome.of(AssessmentReviewStatus.CHECKING, HistoryAction.SUBMITTED, form);
        });
    }

    private Step<AssessmentReview> check() {
        return new Step<>(Tasks.CHECK, "評価書の確認", "assessment-check", Guard.role(Role.SOUMU, "評価書の確認は総務課が行います。"),
                (review, actor, form) -> {
                    assessments.record(review.id(), "check", form);
                    return Outcome.ofReview(form, Variables.CHECK_OUTCOME,
                            () -> Outcome.of(AssessmentReviewStatus.RETURNED, HistoryAction.RETURNED, form),
                            () -> Outcome.of(AssessmentReviewStatus.ACCEPTED, HistoryAction.ACCEPTED, form));
                });
    }

    /** 意見聴取: the period runs from its first day for its days; the process waits until the day after the last. */
    private Step<AssessmentReview> commentStart() {
        return new Step<>(Tasks.COMMENT_START, "意見聴取の開始", "assessment-comment-start", access::requireDepartment,
                (review, actor, form) -> {
                    LocalDate first = LocalDate.parse(form.path("startsOn").asText());
                    LocalDate last = first.plusDays(form.path("days").asInt() - 1L);
                    ObjectNode started = ((ObjectNode) form.deepCopy()).put("endsOn", last.toString());
                    assessments.record(review.id(), "commentStart", started);
                    String endsAt = last.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toString();
                    return Outcome.of(AssessmentReviewStatus.COMMENTING, HistoryAction.ASSESSMENT_COMMENT_STARTED, started)
                            .withVariables(Map.of(Variables.COMMENT_ENDS_AT, endsAt));
                });
    }

    private Step<AssessmentReview> commentRecord() {
        return new Step<>(Tasks.COMMENT_RECORD, "意見の記録", "assessment-comment-record", access::requireDepartment,
                (review, actor, form) -> {
                    assessments.record(review.id(), "comments", form);
                    return Outcome.of(AssessmentReviewStatus.AWAITING_MEETING, HistoryAction.ASSESSMENT_COMMENTS_RECORDED, form);
                });
    }

    /** 付議: the 評価書 goes on the meeting's agenda as 第三者点検, and each member of the meeting reviews it. */
    private Step<AssessmentReview> meeting() {
        return new Step<>(Tasks.MEETING, "第三者点検への付議", "assessment-meeting", Guard.role(Role.SECRETARIAT, SECRETARIAT_ONLY),
                (review, actor, form) -> {
                    long meetingId = form.path("meetingId").asLong();
                    meetings.requirePlanned(meetingId, review.councilId());
                    assessments.setMeeting(review.id(), meetingId);
                    meetings.placeOnAgenda(meetingId, SubjectType.ASSESSMENT, review.id(), review.title());
                    List<String> members = meetings.members(meetingId).stream().map(CouncilMember::username).toList();
                    return Outcome.of(AssessmentReviewStatus.MEMBER_REVIEW, HistoryAction.ASSIGNED, form)
                            .withVariables(Map.of(Variables.MEMBERS, members));
                });
    }

    /** 委員の確認, with a question or view if the member has one; the last one sends the review to its result. */
    private Step<AssessmentReview> memberReview() {
        return new Step<>(Tasks.MEMBER_REVIEW, "委員の確認", "assessment-member-review", this::requireMemberOfMeeting,
                (review, actor, form) -> {
                    String question = form.path("question").asText("");
                    if (!question.isEmpty()) {
                        ArrayNode questions = review.record().has("questions") ? (ArrayNode) review.record().get("questions").deepCopy()
                                : json.createArrayNode();
                        questions.addObject().put("member", actor.displayName()).put("question", question);
                        assessments.record(review.id(), "questions", questions);
                    }
                    boolean last = workflow.openTasks(review.processInstanceId(), Tasks.MEMBER_REVIEW).size() == 1;
                    return Outcome.of(last ? AssessmentReviewStatus.AWAITING_RESULT : null,
                            question.isEmpty() ? HistoryAction.MEMBER_REVIEWED : HistoryAction.QUESTION_ASKED, form);
                });
    }

    private Step<AssessmentReview> result() {
        return new Step<>(Tasks.RESULT, "点検結果の記録", "assessment-result", Guard.role(Role.SECRETARIAT, SECRETARIAT_ONLY),
                (review, actor, form) -> {
                    if (meetings.meeting(review.meetingId()).status() != MeetingStatus.HELD) {
                        throw new StateConflictException("点検結果は、会議の開催を記録してから記録します。");
                    }
                    assessments.record(review.id(), "result", form);
                    return Outcome.of(AssessmentReviewStatus.AWAITING_SUBMISSION, HistoryAction.ASSESSMENT_REVIEWED, form);
                });
    }

    /** 提出・公表: the review is done, section V can be filled in, and the 再評価 falls due five years after 公表. */
    private Step<AssessmentReview> completion() {
        return new Step<>(Tasks.COMPLETION, "提出・公表の記録", "assessment-completion", access::requireDepartment,
                (review, actor, form) -> {
                    assessments.record(review.id(), "completion", form);
                    LocalDate published = LocalDate.parse(form.path("publishedOn").asText());
                    String due = published.plusYears(REEVALUATION_YEARS).atTime(LocalTime.of(9, 0)).atZone(clock.getZone())
                            .toInstant().toString();
                    return Outcome.of(AssessmentReviewStatus.COMPLETED, HistoryAction.CLOSED, form)
                            .withVariables(Map.of(Variables.REEVALUATION_DUE_AT, due))
                            .announcing(new AssessmentReviewCompleted(review.id()));
                });
    }

    private void requireMemberOfMeeting(CurrentUser actor, AssessmentReview review) {
        if (!actor.has(Role.MEMBER) || review.meetingId() == null || !meetings.isMember(review.meetingId(), actor.username())) {
            throw new ForbiddenException("評価書を確認できるのは、点検する会議の委員です。");
        }
    }

    private static String level(String printed) {
        return switch (printed) {
            case "基礎項目評価" -> "BASIC";
            case "重点項目評価" -> "FOCUSED";
            default -> "FULL";
        };
    }
}

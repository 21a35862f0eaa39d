package jp.shingikai.app.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.web.DraftedCaseApi;
import jp.shingikai.app.workflow.StepAddresses;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 諮問 API: what every drafted case type has ({@link DraftedCaseApi}), and the 事前質問 and 取下げ. The steps that are
 * just a form are 所属長確認, 形式審査, 会議割当, 委員の確認, 答申の記録 and 登録の反映.
 */
@RestController
@RequestMapping("/api/consultations")
class ConsultationController extends DraftedCaseApi<Consultation, ConsultationController.ConsultationView> {

    private static final StepAddresses STEP_ADDRESSES = new StepAddresses(Map.of("supervisor-review",
            Tasks.SUPERVISOR_REVIEW, "formal-review", Tasks.FORMAL_REVIEW, "meeting-assignment", Tasks.MEETING_ASSIGNMENT,
            "member-review", Tasks.MEMBER_REVIEW, "answer", Tasks.RECORD_ANSWER, "registry-filing", Tasks.REGISTRY_UPDATE));

    private final ConsultationService consultations;
    private final ConsultationSteps steps;
    private final PreMeetingQuestions questions;

    ConsultationController(ConsultationService consultations, ConsultationSteps steps, PreMeetingQuestions questions) {
        super(consultations, steps, STEP_ADDRESSES);
        this.consultations = consultations;
        this.steps = steps;
        this.questions = questions;
    }

    @PostMapping
    ResponseEntity<ConsultationView> create(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode draft) {
        return respond(HttpStatus.CREATED, steps.create(user.user(), draft));
    }

    @PostMapping("/{id}/questions")
    ResponseEntity<Map<String, Long>> ask(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody QuestionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("questionId", questions.ask(user.user(), id, request.question())));
    }

    @PostMapping("/{id}/questions/{questionId}/answer")
    ResponseEntity<ConsultationView> answerQuestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long questionId, @RequestBody JsonNode form) {
        return respond(HttpStatus.OK, questions.answer(user.user(), id, questionId, form));
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<ConsultationView> withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody WithdrawalRequest request) {
        return respond(HttpStatus.OK, steps.withdraw(user.user(), id, request.reason()));
    }

    @Override
    protected ConsultationView view(Consultation consultation) {
        return ConsultationView.of(consultation, consultations.answers(consultation.id()));
    }

    record QuestionRequest(String question) {
    }

    record WithdrawalRequest(String reason) {
    }

    /** A consultation as the API shows it, with the Japanese labels a client displays. */
    record ConsultationView(long id, String caseNumber, String title, String status, String statusLabel,
            String departmentCode, Long meetingId, List<GroundView> grounds, RulesView rules, List<AnswerView> answers,
            JsonNode draft, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static ConsultationView of(Consultation c, List<Answer> answers) {
            return new ConsultationView(c.id(), c.caseNumber(), c.title(), c.status().name(), c.status().label(),
                    c.departmentCode(), c.meetingId(),
                    c.grounds().stream().map(g -> new GroundView(g.ground().name(), g.label(), g.article())).toList(),
                    c.rules() == null ? null : RulesView.of(c.rules()), answers.stream().map(AnswerView::of).toList(), c.draft(), c.version(), c.createdAt(), c.updatedAt());
        }
    }

    /** 答申, with its number (none for 継続審議). */
    record AnswerView(String answerNumber, String outcome, String outcomeLabel, long meetingId, LocalDate answeredOn,
            String attachedOpinion, String summary) {

        static AnswerView of(Answer a) {
            return new AnswerView(a.answerNumber(), a.outcome().name(), a.outcome().label(), a.meetingId(), a.answeredOn(),
                    a.attachedOpinion(), a.summary());
        }
    }

    record GroundView(String ground, String label, String article) {
    }

    /** The rule set the grounds were decided under, fixed at the first submission. */
    record RulesView(LocalDate referenceDate, String ruleSet, String instrument, String era, String eraLabel) {

        static RulesView of(Consultation.AppliedRules rules) {
            return new RulesView(rules.referenceDate(), rules.ruleSet().key(), rules.ruleSet().instrument(),
                    rules.ruleSet().era().name(), rules.ruleSet().era().label());
        }
    }
}

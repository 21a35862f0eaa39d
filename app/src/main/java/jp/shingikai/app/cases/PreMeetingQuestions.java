package jp.shingikai.app.cases;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.internal.ConsultationRepository;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.OpenStep;
import jp.shingikai.app.workflow.Step;
import jp.shingikai.app.workflow.Step.Outcome;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.processes.ConsultationWorkflow.Messages;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 事前質問: members of the case's meeting ask the department while reviewing the papers, and the department answers. */
@Service
@RequiredArgsConstructor
public class PreMeetingQuestions {

    static final int MAX_QUESTION_LENGTH = 4000;

    private final ConsultationRepository consultations;
    private final ConsultationCaseKind kind;
    private final ConsultationAccess access;
    private final ConsultationService cases;
    private final Workflow workflow;
    private final Steps steps;

    /** Asks the department; the process opens a task for its answer. Returns the question's id. */
    @Transactional
    public long ask(CurrentUser actor, long id, String question) {
        Consultation consultation = kind.find(id);
        access.requireMemberOfMeeting(actor, consultation);
        String text = JapaneseText.clean(question);
        if (text.isEmpty() || text.length() > MAX_QUESTION_LENGTH) {
            throw new InvalidInputException("/question", "質問", text.isEmpty() ? "「質問」を入力してください。"
                    : "「質問」は" + MAX_QUESTION_LENGTH + "文字以内で入力してください。");
        }
        long questionId = consultations.insertQuestion(id, actor.username(), text);
        if (!workflow.deliver(consultation.processInstanceId(), Messages.PRE_MEETING_QUESTION, Map.of())) {
            throw new StateConflictException("事前質問は委員の事前確認の期間中にのみ受け付けます。");
        }
        workflow.assignQuestion(consultation.processInstanceId(), questionId);
        steps.record(kind, consultation, null, HistoryAction.QUESTION_ASKED, actor.username(),
                Map.of("questionId", questionId, "question", text));
        return questionId;
    }

    /** The department answers one question; each has its own task. */
    @Transactional
    public Consultation answer(CurrentUser actor, long id, long questionId, JsonNode input) {
        Consultation consultation = kind.find(id);
        access.requireDrafter(actor, consultation);
        OpenStep task = workflow.openTasks(consultation.processInstanceId(), Tasks.ANSWER_QUESTION).stream()
                .filter(open -> Long.valueOf(questionId).equals(open.questionId()))
                .findFirst()
                .orElseThrow(() -> new StateConflictException("この事前質問は回答済みか、受付が終了しています。"));
        return steps.complete(kind, answerTo(questionId), actor, consultation, task, input);
    }

    /** 事前質問への回答, declared per question: the change writes the answer to that question. */
    private Step<Consultation> answerTo(long questionId) {
        return new Step<>(Tasks.ANSWER_QUESTION, "事前質問への回答", "question-answer", access::requireDrafter,
                (consultation, actor, form) -> {
            if (!consultations.answerQuestion(consultation.id(), questionId, actor.username(), form.path("answer").asText())) {
                throw new StateConflictException("この事前質問は既に回答されています。");
            }
            return Outcome.of(null, HistoryAction.QUESTION_ANSWERED,
                    Map.of("questionId", questionId, "answer", form.path("answer").asText()));
        });
    }

    /** The questions on the case and their answers, for whoever may read the case. */
    public List<Question> questions(CurrentUser actor, long id) {
        cases.get(actor, id);
        return consultations.questions(id);
    }
}

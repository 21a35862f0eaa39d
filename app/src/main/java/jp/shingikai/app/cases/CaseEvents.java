package jp.shingikai.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.processes.AnswerOutcome;

/** Past-tense events other features (audit, documents, search) listen to. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** Any change written to a consultation's or report's history (the action names are those of the history). */
    public record HistoryRecorded(SubjectType subjectType, long subjectId, String action, String actor, String statusAfter) {
    }

    public record ConsultationSubmitted(long consultationId, String actor) {
    }

    public record ConsultationReturned(long consultationId, String actor) {
    }

    public record ConsultationAccepted(long consultationId, String caseNumber, String actor) {
    }

    public record ConsultationWithdrawn(long consultationId, String actor) {
    }

    /** 登録簿更新: the department filed its notification (the registry-update form). */
    public record RegistrationFiled(long consultationId, JsonNode filing, String actor) {
    }

    public record AnswerRecorded(long consultationId, long meetingId, AnswerOutcome outcome, String actor) {
    }
}

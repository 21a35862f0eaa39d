package jp.shingikai.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.processes.AnswerOutcome;

/** Past-tense events of consultations, each with a listener in this or another feature. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** 差戻し by 総務課; the drafter is told. */
    public record ConsultationReturned(long consultationId, String actor) {
    }

    /** 受理; the drafter is told the case number. */
    public record ConsultationAccepted(long consultationId, String actor) {
    }

    /** 登録簿更新: the department filed its notification (the registry-update form). */
    public record RegistrationFiled(long consultationId, JsonNode filing, String actor) {
    }

    /** 答申記録; the drafter is told, and the answer's paper follows from the process. */
    public record AnswerRecorded(long consultationId, long meetingId, AnswerOutcome outcome, String actor) {
    }
}

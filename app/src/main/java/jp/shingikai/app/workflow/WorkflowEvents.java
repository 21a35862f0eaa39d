package jp.shingikai.app.workflow;

import java.time.LocalDate;
import java.util.List;

import jp.shingikai.app.system.SubjectType;

/**
 * What the service tasks of the processes announce. The features that own the data act on them, inside the engine's
 * transaction, so a failure there rolls the step back and the engine retries it.
 */
public final class WorkflowEvents {

    private WorkflowEvents() {
    }

    /** 資料作成: the papers of a consultation or report are due for the meeting it was put on. */
    public record HandoutsDue(SubjectType subjectType, long subjectId, long meetingId) {
    }

    /** 事前確認の督促: these members have not yet reviewed the consultation's papers. */
    public record MembersToRemind(long consultationId, List<String> members) {
    }

    /** A step is past its deadline; these people may take it and are reminded, once. */
    public record StepOverdue(String step, SubjectType subjectType, long subjectId, LocalDate due, List<String> recipients) {
    }

    /** 答申書作成: the council's answer on the consultation is to be written up. */
    public record AnswerDocumentDue(long consultationId) {
    }
}

package jp.shingikai.app.cases;

/** What a person may do to a consultation besides its workflow steps; pages offer exactly these. */
public enum ConsultationAction {
    /** Change the draft (起案中 or 差戻し). */
    EDIT,
    /** 提出. */
    SUBMIT,
    /** 取下げ, until the meeting is held. */
    WITHDRAW,
    /** Attach a file to the draft. */
    ATTACH,
    /** 事前質問, for a member of the case's meeting once the papers reached them. */
    ASK_QUESTION,
    /** 実施報告, once it is due. */
    WRITE_REPORT,
    /** See what the department changed since 総務課 returned the draft. */
    COMPARE_WITH_RETURNED
}

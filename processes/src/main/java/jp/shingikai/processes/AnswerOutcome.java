package jp.shingikai.processes;

/** 答申: what the council decided on a consultation. */
public enum AnswerOutcome {
    APPROVED("承認"),
    APPROVED_WITH_OPINION("附帯意見付き承認"),
    REJECTED("不承認"),
    /** 継続審議: the case goes on a later meeting's agenda. */
    DEFERRED("継続審議");

    private final String label;

    AnswerOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Approved cases are carried out, registered and reported on. */
    public boolean isApproval() {
        return this == APPROVED || this == APPROVED_WITH_OPINION;
    }
}

package jp.shingikai.processes;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** 答申: what the council decided on a consultation. */
@RequiredArgsConstructor
public enum AnswerOutcome {
    APPROVED("承認"),
    APPROVED_WITH_OPINION("附帯意見付き承認"),
    REJECTED("不承認"),
    /** 継続審議: the case goes on a later meeting's agenda. */
    DEFERRED("継続審議");

    @Getter
    private final String label;

    /** Approved cases are carried out, registered and reported on. */
    public boolean isApproval() {
        return this == APPROVED || this == APPROVED_WITH_OPINION;
    }
}

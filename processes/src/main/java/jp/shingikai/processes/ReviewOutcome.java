package jp.shingikai.processes;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Outcome of a check by a supervisor or 総務課: 差戻し (back to the department) or 受理. */
@RequiredArgsConstructor
public enum ReviewOutcome {
    RETURNED("差戻し"),
    ACCEPTED("受理");

    @Getter
    private final String label;
}

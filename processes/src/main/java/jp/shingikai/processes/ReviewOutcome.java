package jp.shingikai.processes;

/** Outcome of a check by a supervisor or 総務課: 差戻し (back to the department) or 受理. */
public enum ReviewOutcome {
    RETURNED("差戻し"),
    ACCEPTED("受理");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

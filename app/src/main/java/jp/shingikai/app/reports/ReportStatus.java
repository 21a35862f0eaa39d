package jp.shingikai.app.reports;

import jp.shingikai.app.workflow.CaseStatus;

/** Where a report stands. */
public enum ReportStatus implements CaseStatus {
    DRAFT("作成中"),
    SUBMITTED("内容確認中"),
    RETURNED("差戻し"),
    ACCEPTED("受理（会議割当待ち）"),
    SCHEDULED("報告予定"),
    PRESENTED("報告済み");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}

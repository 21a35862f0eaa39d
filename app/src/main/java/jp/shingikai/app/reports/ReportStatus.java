package jp.shingikai.app.reports;

import jp.shingikai.app.workflow.CaseStatus;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a report stands. */
@RequiredArgsConstructor
public enum ReportStatus implements CaseStatus {
    DRAFT("作成中"),
    SUBMITTED("内容確認中"),
    RETURNED("差戻し"),
    ACCEPTED("受理（会議割当待ち）"),
    SCHEDULED("報告予定"),
    PRESENTED("報告済み");

    @Getter
    private final String label;

    @Override
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}

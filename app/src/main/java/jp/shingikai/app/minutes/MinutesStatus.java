package jp.shingikai.app.minutes;

import jp.shingikai.app.workflow.CaseStatus;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a 会議録 stands. */
@RequiredArgsConstructor
public enum MinutesStatus implements CaseStatus {
    DRAFTING("作成中"),
    CONFIRMING("委員確認中"),
    FIXING("確定待ち"),
    FIXED("確定（公開待ち）"),
    PUBLISHED("公開済み");

    @Getter
    private final String label;

    @Override
    public boolean isEditable() {
        return this == DRAFTING;
    }
}

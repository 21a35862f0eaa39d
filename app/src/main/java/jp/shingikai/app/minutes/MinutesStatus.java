package jp.shingikai.app.minutes;

import jp.shingikai.app.workflow.CaseStatus;

/** Where a 会議録 stands. */
public enum MinutesStatus implements CaseStatus {
    DRAFTING("作成中"),
    CONFIRMING("委員確認中"),
    FIXING("確定待ち"),
    FIXED("確定（公開待ち）"),
    PUBLISHED("公開済み");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean isEditable() {
        return this == DRAFTING;
    }
}

package jp.shingikai.app.assessments;

import jp.shingikai.app.workflow.CaseStatus;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a 第三者点検 stands. */
@RequiredArgsConstructor
public enum AssessmentReviewStatus implements CaseStatus {
    DRAFTING("評価書の登録中"),
    CHECKING("総務課の確認中"),
    RETURNED("差戻し"),
    ACCEPTED("受理（意見聴取前）"),
    COMMENTING("意見聴取中"),
    AWAITING_MEETING("付議待ち"),
    MEMBER_REVIEW("委員確認中"),
    AWAITING_RESULT("点検結果の記録待ち"),
    AWAITING_SUBMISSION("提出・公表の記録待ち"),
    COMPLETED("完了");

    @Getter
    private final String label;

    @Override
    public boolean isEditable() {
        return this == DRAFTING || this == RETURNED;
    }
}

package jp.shingikai.app.workflow;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What can happen to a case, as its history records it, with the words the history and the 監査ログ show. */
@RequiredArgsConstructor
public enum HistoryAction {
    CREATED("起案"),
    EDITED("修正"),
    SUBMITTED("提出"),
    SUPERVISOR_CONFIRMED("所属長確認"),
    SUPERVISOR_RETURNED("所属長による差戻し"),
    RETURNED("差戻し"),
    ACCEPTED("受理"),
    ASSIGNED("会議への割当"),
    HANDOUTS_PREPARED("資料作成"),
    DOCUMENTS_FAILED("資料作成の失敗"),
    MEMBER_REVIEWED("委員の事前確認"),
    MEMBERS_REMINDED("委員への確認依頼"),
    QUESTION_ASKED("事前質問"),
    QUESTION_ANSWERED("事前質問への回答"),
    DELIBERATED("審議"),
    ANSWER_RECORDED("答申の記録"),
    ANSWER_DOCUMENT_DUE("答申書の作成"),
    REGISTRY_FILED("登録簿の更新"),
    WITHDRAWN("取下げ"),
    REPORT_STARTED("実施報告の開始"),
    PRESENTED("報告"),
    CLOSED("完了"),
    MINUTES_DRAFTED("会議録の作成"),
    MINUTES_CONFIRMED("会議録の確認"),
    MINUTES_COMMENTED("会議録への意見"),
    MINUTES_FIXED("会議録の確定"),
    MINUTES_PUBLISHED("会議録の公開"),
    MINUTES_CORRECTED("会議録の訂正"),
    ASSESSMENT_COMMENT_STARTED("意見聴取の開始"),
    ASSESSMENT_COMMENTS_RECORDED("意見の記録"),
    ASSESSMENT_REVIEWED("第三者点検の結果"),
    REEVALUATION_DUE("再評価の時期"),
    REGISTRY_FILE_CHANGED("関連するファイル簿の変更"),
    CONSISTENCY_CHECKED("届出書等との照合");

    @Getter
    private final String label;
}

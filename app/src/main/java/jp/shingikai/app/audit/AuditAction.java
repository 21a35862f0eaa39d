package jp.shingikai.app.audit;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The kinds of event the audit trail records, with the words the 監査ログ page shows. */
@RequiredArgsConstructor
public enum AuditAction {
    LOGIN("ログイン"),
    LOGIN_FAILED("ログイン失敗"),
    API_TOKEN("APIトークン"),
    STATE_CHANGE("状態の変更"),
    MEETING("会議の登録・配布・開催"),
    DOCUMENT_GENERATED("文書の作成"),
    DOCUMENT_DOWNLOADED("文書のダウンロード");

    @Getter
    private final String label;
}

package jp.shingikai.app.cases;

import java.util.List;

import jp.shingikai.app.workflow.CaseStatus;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a consultation stands, in the words the city hall uses. */
@RequiredArgsConstructor
public enum ConsultationStatus implements CaseStatus {
    DRAFT("起案中"),
    SUPERVISOR_REVIEW("所属長確認中"),
    SUBMITTED("形式審査中"),
    RETURNED("差戻し"),
    ACCEPTED("受理（会議割当待ち）"),
    SCHEDULED("審議予定"),
    DELIBERATED("審議済み（答申記録待ち）"),
    DEFERRED("継続審議"),
    ANSWERED("答申済み（登録簿更新待ち）"),
    REJECTED("不承認"),
    REGISTERED("登録簿更新済み（実施報告待ち）"),
    REPORTING("実施報告中"),
    CLOSED("完了"),
    WITHDRAWN("取下げ");

    @Getter
    private final String label;

    /** Cases not yet accepted, or withdrawn, are no precedents: other departments must not find them. */
    public static List<String> notPrecedents() {
        return List.of(DRAFT.name(), SUPERVISOR_REVIEW.name(), SUBMITTED.name(), RETURNED.name(), WITHDRAWN.name());
    }

    /** The department may still change the draft. */
    @Override
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}

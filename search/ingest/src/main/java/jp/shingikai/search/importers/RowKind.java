package jp.shingikai.search.importers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a row of a published registry report says about a processing operation (個人情報取扱事務). */
@RequiredArgsConstructor
public enum RowKind {
    /** 新規登録 / 開始 */
    NEW("新規登録"),
    /** 修正 / 変更 */
    CHANGE("修正"),
    /** 廃止 */
    ABOLISH("廃止"),
    /** 目的外利用・外部提供 */
    PROVISION("目的外利用・外部提供"),
    /** 処理状況の公表: what an existing operation records or connects to, as an annual report lists it. */
    STATUS("処理状況"),
    /** An operation a publication only names, without its items (このほかの業務: …). */
    LISTED("名称の掲載"),
    /** 個人情報ファイル簿: a file the Act requires to be listed (1,000 people or more), one row per file. */
    FILE("個人情報ファイル簿");

    @Getter
    private final String label;
}

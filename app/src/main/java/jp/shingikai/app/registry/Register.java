package jp.shingikai.app.registry;

import jp.shingikai.search.importers.RowKind;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Which register an entry belongs to: the 条例's, listing operations, or the Act's, listing files. */
@Getter
@RequiredArgsConstructor
public enum Register {
    OPERATION("個人情報取扱事務登録簿", "条例期"),
    FILE("個人情報ファイル簿", "法施行後");

    private final String label;
    /** The era the register belongs to, as the search facet names it. */
    private final String era;

    static Register of(RowKind kind) {
        return kind == RowKind.FILE ? FILE : OPERATION;
    }
}

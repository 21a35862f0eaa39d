package jp.shingikai.app.registry;

import jp.shingikai.search.importers.RowKind;

/** Which register an entry belongs to: the 条例's, listing operations, or the Act's, listing files. */
public enum Register {
    OPERATION("個人情報取扱事務登録簿", "条例期"),
    FILE("個人情報ファイル簿", "法施行後");

    private final String label;
    private final String era;

    Register(String label, String era) {
        this.label = label;
        this.era = era;
    }

    public String label() {
        return label;
    }

    /** The era the register belongs to, as the search facet names it. */
    public String era() {
        return era;
    }

    static Register of(RowKind kind) {
        return kind == RowKind.FILE ? FILE : OPERATION;
    }
}

package jp.shingikai.app.registry;

import java.util.List;

import jp.shingikai.search.importers.ReviewItem;

/**
 * A published document other than a registry that staff import the same way (a 特定個人情報保護評価書), read and kept
 * by the feature it belongs to. The import keeps the file, its provenance and the review list, as for a registry.
 */
public interface DocumentImport {

    /** What the import summary calls this kind of document. */
    String name();

    boolean recognize(String text);

    Read read(String text, String source);

    /** A document read but not yet kept. */
    interface Read {

        String municipality();

        List<ReviewItem> review();

        /** Keeps what was read, under the import it came with; returns how many records it created. */
        int store(long importId);
    }
}

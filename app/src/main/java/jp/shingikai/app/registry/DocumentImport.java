package jp.shingikai.app.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import jp.shingikai.search.importers.ReviewItem;

/**
 * A published document other than a registry that staff import the same way (a 特定個人情報保護評価書), read and kept
 * by the feature it belongs to. The import keeps the file, its provenance and the review list, as for a registry.
 */
public interface DocumentImport {

    /**
     * Reads the text if it is this feature's kind of document.
     *
     * @param named the municipality the person importing it named, which outranks the text's; null if none
     * @return empty when the text is not of this kind
     */
    Optional<Read> read(String text, String source, String named);

    /**
     * A document read but not yet kept.
     *
     * @param kind    what the import summary calls this kind of document
     * @param storing keeps what was read under the import id it is given
     */
    record Read(String kind, String municipality, List<ReviewItem> review, LongFunction<Stored> storing) {

        /** Keeps what was read, under the import it came with. */
        public Stored store(long importId) {
            return storing.apply(importId);
        }
    }

    /** How many records a document created, and how many it updated that earlier imports had created. */
    record Stored(int created, int updated) {
    }
}

package jp.shingikai.app.registry;

import java.util.List;
import java.util.function.LongFunction;

import jp.shingikai.search.importers.ReviewItem;

/**
 * A published document other than a registry that staff import the same way (a 特定個人情報保護評価書), read and kept
 * by the feature it belongs to. The import keeps the file, its provenance and the review list, as for a registry.
 */
public interface DocumentImport {

    /** What the import summary calls this kind of document. */
    String name();

    boolean recognize(String text);

    /** @param named the municipality the person importing it named, which outranks the text's; null if none */
    Read read(String text, String source, String named);

    /** A document read but not yet kept. */
    interface Read {

        String municipality();

        List<ReviewItem> review();

        /** Keeps what was read, under the import it came with. */
        Stored store(long importId);

        /** A reading made of its parts; {@code store} keeps it under the import id it is given. */
        static Read of(String municipality, List<ReviewItem> review, LongFunction<Stored> store) {
            return new Read() {
                @Override
                public String municipality() {
                    return municipality;
                }

                @Override
                public List<ReviewItem> review() {
                    return review;
                }

                @Override
                public Stored store(long importId) {
                    return store.apply(importId);
                }
            };
        }
    }

    /** How many records a document created, and how many it updated that earlier imports had created. */
    record Stored(int created, int updated) {
    }
}

package jp.shingikai.app;

import java.io.IOException;

import jp.shingikai.app.precedents.PrecedentIndexer;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.search.index.SearchIndices;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Lets a test search what it has just written: sends the whole search outbox to the engine rather than waiting for the
 * scheduled run, then refreshes the index.
 */
@Component
@RequiredArgsConstructor
public class SearchCatchUp {

    private final PrecedentIndexer indexer;
    private final SearchOutbox outbox;
    private final SearchIndices indices;

    /** The number of entries the index holds once everything queued is in it. */
    public long index(String index) throws IOException {
        while (outbox.size() > 0) {
            indexer.drain();
        }
        // Counting refreshes the index: what was just written becomes searchable.
        return indices.count(index);
    }
}

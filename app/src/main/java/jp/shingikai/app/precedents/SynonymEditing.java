package jp.shingikai.app.precedents;

import java.io.IOException;
import java.util.List;

import jp.shingikai.app.security.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * 総務課 replaces the 同義語, then every index is rebuilt with them behind its alias: the rules are committed first,
 * so that the new indices read them, and an engine that is away leaves them saved for the next rebuild.
 */
@Component
@RequiredArgsConstructor
class SynonymEditing {

    private final Synonyms synonyms;
    private final PrecedentIndexer indexer;

    /** @param indexed the documents of the rebuilt indices */
    record Saved(List<String> rules, long indexed) {
    }

    Saved replace(CurrentUser actor, List<String> rules) throws IOException {
        List<String> saved = synonyms.replace(actor, rules);
        return new Saved(saved, indexer.rebuild());
    }
}

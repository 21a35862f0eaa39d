package jp.shingikai.app.precedents;

import java.io.IOException;
import java.util.List;

import jp.shingikai.app.problems.SearchUnavailableException;
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

    private static final String SAVED_NOT_REINDEXED = "同義語は保存しましたが、検索索引を作り直せませんでした。検索エンジンが戻ったあと再構築されます。";

    private final Synonyms synonyms;
    private final PrecedentIndexer indexer;

    /** @param indexed the documents of the rebuilt indices */
    record Saved(List<String> rules, long indexed) {
    }

    /**
     * Saves the rules, then rebuilds the indices with them. Without the engine the rules stay saved and the refusal
     * says so: the indices take them at the next start or rebuild.
     */
    Saved replace(CurrentUser actor, List<String> rules) {
        List<String> saved = synonyms.replace(actor, rules);
        try {
            return new Saved(saved, indexer.rebuild());
        } catch (IOException | SearchUnavailableException e) {
            throw new SearchUnavailableException(SAVED_NOT_REINDEXED, e);
        }
    }
}

package jp.shingikai.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Expands iteration marks (々, ゝ, ヽ) into the characters they repeat, so 各々 and 各各 match. */
@NamedComponent("kuromoji_iteration_mark")
public class KuromojiIterationMarkCharFilterFactory implements CharFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "normalize_kanji", defaultValue = true)
        boolean normalizeKanji();

        @BooleanSetting(path = "normalize_kana", defaultValue = true)
        boolean normalizeKana();
    }

    private final boolean normalizeKanji;
    private final boolean normalizeKana;

    @Inject
    public KuromojiIterationMarkCharFilterFactory(Settings settings) {
        this.normalizeKanji = settings.normalizeKanji();
        this.normalizeKana = settings.normalizeKana();
    }

    @Override
    public Reader create(Reader reader) {
        return new JapaneseIterationMarkCharFilter(reader, normalizeKanji, normalizeKana);
    }
}

package jp.shingikai.search.analysis;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Removes Japanese stop words. {@code stopwords} is a list of words; the entry {@code _japanese_} (the default)
 * stands for Lucene's Japanese stop set.
 */
@NamedComponent("ja_stop")
public class JapaneseStopFilterFactory implements TokenFilterFactory {

    static final String JAPANESE_SET = "_japanese_";

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stopwords")
        List<String> stopWords();
    }

    private final CharArraySet stopWords;

    @Inject
    public JapaneseStopFilterFactory(Settings settings) {
        this.stopWords = stopSet(settings.stopWords());
    }

    static CharArraySet stopSet(List<String> configured) {
        if (configured == null || configured.isEmpty()) {
            return JapaneseAnalyzer.getDefaultStopSet();
        }
        CharArraySet set = new CharArraySet(configured.size(), false);
        for (String word : configured) {
            if (JAPANESE_SET.equals(word)) {
                set.addAll(JapaneseAnalyzer.getDefaultStopSet());
            } else {
                set.add(word);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, stopWords);
    }
}

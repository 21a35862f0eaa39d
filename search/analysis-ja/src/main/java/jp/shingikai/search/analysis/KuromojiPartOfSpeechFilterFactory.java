package jp.shingikai.search.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** Drops tokens by part of speech (particles, auxiliary verbs…); {@code stoptags} overrides Lucene's default list. */
@NamedComponent("kuromoji_part_of_speech")
public class KuromojiPartOfSpeechFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stoptags")
        List<String> stopTags();
    }

    private final Set<String> stopTags;

    @Inject
    public KuromojiPartOfSpeechFilterFactory(Settings settings) {
        List<String> configured = settings.stopTags();
        this.stopTags = configured == null || configured.isEmpty()
                ? JapaneseAnalyzer.getDefaultStopTags()
                : Set.copyOf(new HashSet<>(configured));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapanesePartOfSpeechStopFilter(tokenStream, stopTags);
    }
}

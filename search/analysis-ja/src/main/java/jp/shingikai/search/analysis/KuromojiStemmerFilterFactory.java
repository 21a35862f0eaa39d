package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/** Drops the trailing long-vowel mark of long katakana words (サーバー → サーバ). */
@NamedComponent("kuromoji_stemmer")
public class KuromojiStemmerFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "minimum_length", defaultValue = JapaneseKatakanaStemFilter.DEFAULT_MINIMUM_LENGTH)
        int minimumLength();
    }

    private final int minimumLength;

    @Inject
    public KuromojiStemmerFilterFactory(Settings settings) {
        this.minimumLength = settings.minimumLength();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseKatakanaStemFilter(tokenStream, minimumLength);
    }
}

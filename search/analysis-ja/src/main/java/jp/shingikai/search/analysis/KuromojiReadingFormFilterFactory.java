package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Replaces each token by its reading, in katakana or (with {@code use_romaji}) in romaji. */
@NamedComponent("kuromoji_readingform")
public class KuromojiReadingFormFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "use_romaji", defaultValue = false)
        boolean useRomaji();
    }

    private final boolean useRomaji;

    @Inject
    public KuromojiReadingFormFilterFactory(Settings settings) {
        this.useRomaji = settings.useRomaji();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseReadingFormFilter(tokenStream, useRomaji);
    }
}

package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * Character n-grams, for exact matching of short Japanese phrases whatever the morphological analysis makes of them.
 * Stands in for {@code ngram} of analysis-common (settings {@code min_gram}, {@code max_gram}; all characters are kept).
 */
@NamedComponent("ngram")
public class NGramTokenizerFactory implements TokenizerFactory {

    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();
    }

    private final int minGram;
    private final int maxGram;

    @Inject
    public NGramTokenizerFactory(Settings settings) {
        if (settings.minGram() < 1 || settings.maxGram() < settings.minGram()) {
            throw new IllegalArgumentException("ngram: need 1 <= min_gram <= max_gram, got " + settings.minGram() + " and "
                    + settings.maxGram());
        }
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
    }

    @Override
    public Tokenizer create() {
        return new NGramTokenizer(minGram, maxGram);
    }
}

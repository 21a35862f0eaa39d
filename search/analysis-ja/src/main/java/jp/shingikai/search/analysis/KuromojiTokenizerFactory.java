package jp.shingikai.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Morphological tokenizer for Japanese. Accepts the settings of Elastic's {@code kuromoji_tokenizer}:
 * {@code mode}, {@code discard_punctuation}, {@code discard_compound_token} and inline
 * {@code user_dictionary_rules} (CSV lines: surface, segmentation, readings, part of speech).
 */
@NamedComponent("kuromoji_tokenizer")
public class KuromojiTokenizerFactory implements TokenizerFactory {

    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "mode", defaultValue = "search")
        String mode();

        @BooleanSetting(path = "discard_punctuation", defaultValue = true)
        boolean discardPunctuation();

        @BooleanSetting(path = "discard_compound_token", defaultValue = false)
        boolean discardCompoundToken();

        @ListSetting(path = "user_dictionary_rules")
        List<String> userDictionaryRules();
    }

    private final JapaneseTokenizer.Mode mode;
    private final boolean discardPunctuation;
    private final boolean discardCompoundToken;
    private final UserDictionary userDictionary;

    @Inject
    public KuromojiTokenizerFactory(Settings settings) {
        this.mode = parseMode(settings.mode());
        this.discardPunctuation = settings.discardPunctuation();
        this.discardCompoundToken = settings.discardCompoundToken();
        this.userDictionary = parseUserDictionary(settings.userDictionaryRules());
    }

    @Override
    public Tokenizer create() {
        return new JapaneseTokenizer(
                TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, discardPunctuation, discardCompoundToken, mode);
    }

    static JapaneseTokenizer.Mode parseMode(String value) {
        try {
            return JapaneseTokenizer.Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "kuromoji_tokenizer: unknown mode [" + value + "], expected one of normal, search, extended", e);
        }
    }

    static UserDictionary parseUserDictionary(List<String> rules) {
        if (rules == null || rules.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(String.join("\n", rules)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("kuromoji_tokenizer: invalid user_dictionary_rules: " + e.getMessage(), e);
        }
    }
}

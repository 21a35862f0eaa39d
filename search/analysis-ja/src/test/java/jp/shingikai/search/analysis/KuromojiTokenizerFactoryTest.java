package jp.shingikai.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class KuromojiTokenizerFactoryTest {

    @Test
    void searchModeSplitsTheCouncilNameIntoMorphemes() throws IOException {
        assertThat(tokens(settings("search", List.of()), "個人情報保護審議会への諮問"))
                .containsExactly("個人", "情報", "保護", "審議", "会", "へ", "の", "諮問");
    }

    @Test
    void userDictionaryRulesKeepAMunicipalTermWhole() throws IOException {
        List<String> rules = List.of("個人情報取扱事務,個人情報取扱事務,コジンジョウホウトリアツカイジム,カスタム名詞");

        assertThat(tokens(settings("normal", rules), "個人情報取扱事務の届出"))
                .containsExactly("個人情報取扱事務", "の", "届出");
    }

    @Test
    void anUnknownModeIsRejectedWithTheAcceptedValues() {
        assertThatThrownBy(() -> new KuromojiTokenizerFactory(settings("fast", List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("normal, search, extended");
    }

    @Test
    void malformedUserDictionaryRulesAreRejected() {
        assertThatThrownBy(() -> new KuromojiTokenizerFactory(settings("search", List.of("審議会,審議 会"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user_dictionary_rules");
    }

    private static List<String> tokens(KuromojiTokenizerFactory.Settings settings, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Tokenizer tokenizer = new KuromojiTokenizerFactory(settings).create()) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                terms.add(term.toString());
            }
            tokenizer.end();
        }
        return terms;
    }

    private static KuromojiTokenizerFactory.Settings settings(String mode, List<String> rules) {
        return new KuromojiTokenizerFactory.Settings() {
            @Override
            public String mode() {
                return mode;
            }

            @Override
            public boolean discardPunctuation() {
                return true;
            }

            @Override
            public boolean discardCompoundToken() {
                return false;
            }

            @Override
            public List<String> userDictionaryRules() {
                return rules;
            }
        };
    }
}

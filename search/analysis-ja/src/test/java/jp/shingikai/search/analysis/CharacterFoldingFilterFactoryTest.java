package jp.shingikai.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CharacterFoldingFilterFactoryTest {

    @Test
    void aKeywordIsNormalisedWithTheWidthsAndCaseFoldedAsInTheAnalysedText() throws IOException {
        Tokenizer keyword = new KeywordTokenizer();
        keyword.setReader(new StringReader("ＰＩＡ評価書 ｼｽﾃﾑ No.１２"));
        TokenStream normalised = new LowercaseFilterFactory().normalize(new CjkWidthFilterFactory().normalize(keyword));

        assertThat(single(normalised)).isEqualTo("pia評価書 システム no.12");
    }

    private static String single(TokenStream stream) throws IOException {
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            assertThat(stream.incrementToken()).isTrue();
            String text = term.toString();
            assertThat(stream.incrementToken()).isFalse();
            stream.end();
            return text;
        }
    }
}

package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseNumberFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Normalises Japanese numerals to Arabic digits (十二 → 12, ３千 → 3000). */
@NamedComponent("kuromoji_number")
public class KuromojiNumberFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseNumberFilter(tokenStream);
    }
}

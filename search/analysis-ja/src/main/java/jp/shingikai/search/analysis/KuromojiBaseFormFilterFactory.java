package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Replaces inflected verbs and adjectives by their dictionary form, so 集めた and 集める match. */
@NamedComponent("kuromoji_baseform")
public class KuromojiBaseFormFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseBaseFormFilter(tokenStream);
    }
}

package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * A filter that only folds characters, one for one, and so may also normalise: keyword normalizers and query terms
 * get the same folding as the analysed text.
 */
interface CharacterFoldingFilterFactory extends TokenFilterFactory {

    @Override
    default TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}

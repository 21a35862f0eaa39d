package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.NamedComponent;

/**
 * Folds full-width Latin letters and digits to half-width and half-width katakana to full-width. Stands in for
 * {@code cjk_width} of Elasticsearch's analysis-common module, which the embedded distribution lacks.
 */
@NamedComponent("cjk_width")
public class CjkWidthFilterFactory implements CharacterFoldingFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKWidthFilter(tokenStream);
    }
}

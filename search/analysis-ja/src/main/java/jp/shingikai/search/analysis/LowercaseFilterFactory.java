package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;

/** Lower-cases Latin text. Stands in for {@code lowercase} of analysis-common, which the embedded distribution lacks. */
@NamedComponent("lowercase")
public class LowercaseFilterFactory implements CharacterFoldingFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LowerCaseFilter(tokenStream);
    }
}

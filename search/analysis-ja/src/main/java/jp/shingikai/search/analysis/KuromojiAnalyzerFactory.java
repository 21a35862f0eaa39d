package jp.shingikai.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Lucene's ready-made Japanese analyzer (search mode, default stop words and tags), as Elastic's {@code kuromoji}. */
@NamedComponent("kuromoji")
public class KuromojiAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new JapaneseAnalyzer();
    }
}

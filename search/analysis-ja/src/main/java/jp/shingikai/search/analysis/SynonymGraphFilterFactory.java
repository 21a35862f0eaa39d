package jp.shingikai.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * 同義語: Lucene's synonym graph filter under the name of Elasticsearch's own ({@code synonym_graph} of analysis-common,
 * which the embedded distribution lacks), so that an external cluster with analysis-common reads the same settings.
 * {@code synonyms} holds rules in the Solr format: {@code マイナンバー, 個人番号} (equivalent) or {@code 住基 => 住民基本台帳}.
 * Each side is analysed the way the Japanese text fields are (morphemes, base forms, widths folded, katakana stems),
 * so a rule matches what the query becomes. Meant for search analyzers: multi-word synonyms make a token graph.
 */
@NamedComponent("synonym_graph")
public class SynonymGraphFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();
    }

    private final SynonymMap synonyms;

    @Inject
    public SynonymGraphFilterFactory(Settings settings) {
        this.synonyms = parse(settings.synonyms());
    }

    static SynonymMap parse(List<String> rules) {
        try (Analyzer analyzer = new RuleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(rules == null ? "" : String.join("\n", rules)));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("同義語の規則を読めません（" + e.getErrorOffset() + "行目付近）: " + e.getMessage(), e);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, true);
    }

    /** The text fields' analysis, as far as a rule's words need it. */
    private static final class RuleAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
            stream = new CJKWidthFilter(stream);
            stream = new JapaneseKatakanaStemFilter(stream);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
        }
    }
}

package jp.shingikai.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import jp.shingikai.search.engine.SharedTestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Japanese plugin and the index settings, exercised on the real engine. */
class JapaneseAnalysisTest {

    private static final String ANALYZED = "analysis-test-ja-text";
    private static final String SURFACE_ONLY = "analysis-test-surface";
    private static ElasticsearchClient client;

    @BeforeAll
    static void createIndices() throws IOException {
        client = SharedTestEngine.client();
        for (String index : List.of(ANALYZED, SURFACE_ONLY)) {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
        try (InputStream settings = JapaneseAnalysisTest.class.getResourceAsStream("/jp/shingikai/search/index/japanese-analysis.json")) {
            client.indices().create(c -> c.index(ANALYZED)
                    .settings(s -> s.withJson(settings))
                    .mappings(m -> m.properties("body", p -> p.text(t -> t.analyzer("ja_text")))));
        }
        client.indices().create(c -> c.index(SURFACE_ONLY)
                .settings(s -> s.numberOfReplicas("0")
                        .analysis(a -> a.analyzer("surface", an -> an.custom(cu -> cu.tokenizer("kuromoji_tokenizer")))))
                .mappings(m -> m.properties("body", p -> p.text(t -> t.analyzer("surface")))));
        for (String index : List.of(ANALYZED, SURFACE_ONLY)) {
            client.index(i -> i.index(index).id("1").refresh(Refresh.WaitFor)
                    .document(Map.of("body", "市民アンケートで集めた個人情報を目的外に利用する")));
        }
    }

    @Test
    void theTokenizerSplitsAConsultationTitleIntoMorphemes() throws IOException {
        List<String> tokens = terms(client.indices().analyze(a -> a
                .tokenizer(t -> t.name("kuromoji_tokenizer"))
                .text("個人情報保護審議会への諮問について")).tokens());

        assertThat(tokens).contains("個人", "情報", "保護", "審議", "会", "諮問");
    }

    @Test
    void theJapaneseAnalyzerFoldsWidthInflectionAndLongVowelsAndDropsParticles() throws IOException {
        List<String> tokens = terms(client.indices().analyze(a -> a.index(ANALYZED).analyzer("ja_text")
                .text("ＰＤＦで集めた情報をサーバーに保存した")).tokens());

        assertThat(tokens).contains("pdf", "集める", "情報", "サーバ", "保存")
                .doesNotContain("で", "を", "に", "た", "ＰＤＦ", "サーバー");
    }

    @Test
    void aDocumentIsFoundByTheDictionaryFormOfAnInflectedVerb() throws IOException {
        assertThat(hits(ANALYZED, "集める")).as("with base-form analysis").isEqualTo(1);
        assertThat(hits(SURFACE_ONLY, "集める")).as("surface forms only: 集めた is not 集める").isZero();
    }

    private static long hits(String index, String query) throws IOException {
        return client.search(s -> s.index(index).query(q -> q.match(m -> m.field("body").query(query))), Map.class)
                .hits().total().value();
    }

    private static List<String> terms(List<AnalyzeToken> tokens) {
        return tokens.stream().map(AnalyzeToken::token).toList();
    }
}

package jp.shingikai.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import jp.shingikai.search.engine.SharedTestEngine;
import jp.shingikai.search.index.RegistryDocument;
import jp.shingikai.search.index.SearchIndices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** 同義語 at search time, through the plugin's synonym_graph on the real engine: everyday words find the formal ones. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynonymSearchTest {

    private final ElasticsearchClient client = SharedTestEngine.client();
    private final List<String> rules = new ArrayList<>(List.of("マイナンバー, 個人番号", "住基, 住基ネット, 住民基本台帳ネットワーク",
            "国保, 国民健康保険"));
    private final SearchIndices indices = new SearchIndices(client, "synonym-test", () -> List.copyOf(rules));
    private final RegistrySearch search = new RegistrySearch(client);

    @BeforeAll
    void indexEntries() throws Exception {
        indices.deleteAll();
        indices.ensure(SearchIndices.REGISTRY);
        index("1", "個人番号カード交付事務", "氏名、住所、個人番号");
        index("2", "住民基本台帳ネットワークシステム業務", "本人確認情報の提供");
        index("3", "国民健康保険事務", "被保険者の資格と給付");
        index("4", "犬の登録事務", "飼い主の氏名と住所");
    }

    @AfterAll
    void dropIndices() throws Exception {
        indices.deleteAll();
    }

    @Test
    void anEverydayWordFindsTheEntryThatUsesTheFormalOne() throws Exception {
        assertThat(ids("マイナンバー")).containsExactly(1L);
        assertThat(ids("住基ネット")).containsExactly(2L);
        assertThat(ids("国保")).containsExactly(3L);
        assertThat(ids("個人番号")).as("and the other way round").containsExactly(1L);
        assertThat(ids("マイナンバー 住所")).as("a synonym within a query of several words").containsExactly(1L);
    }

    @Test
    void changedRulesMakeTheIndexOutOfDate() throws Exception {
        assertThat(indices.isCurrent(SearchIndices.REGISTRY)).isTrue();
        rules.add("目的外利用, 目的外提供");
        try {
            assertThat(indices.isCurrent(SearchIndices.REGISTRY)).isFalse();
        } finally {
            rules.remove(rules.size() - 1);
        }
    }

    private List<Long> ids(String query) throws Exception {
        return search.search(indices.alias(SearchIndices.REGISTRY), new RegistrySearch.Criteria(query, null, null, null, null, null,
                false, 0)).matches().stream().map(RegistrySearch.Match::entryId).toList();
    }

    private void index(String id, String name, String body) throws Exception {
        client.index(i -> i.index(indices.alias(SearchIndices.REGISTRY)).id(id).document(new RegistryDocument("八王子市", "OPERATION",
                "市民課", name, "ACTIVE", List.of("NEW"), body, LocalDate.of(2024, 4, 1), "令和6年4月1日", List.of(2024), List.of(),
                List.of())).refresh(Refresh.WaitFor));
    }
}

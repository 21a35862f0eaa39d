package jp.shingikai.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jp.shingikai.search.engine.SharedTestEngine;
import org.junit.jupiter.api.Test;

/** Indices behind aliases on the real engine: created once, rebuilt without a gap, removed by prefix. */
class SearchIndicesTest {

    private final ElasticsearchClient client = SharedTestEngine.client();

    @Test
    void aRebuildMovesTheAliasToTheNewIndexAndDropsTheOld() throws Exception {
        SearchIndices indices = new SearchIndices(client, "indices-test");
        indices.deleteAll();
        indices.ensure(SearchIndices.REGISTRY);
        indices.ensure(SearchIndices.REGISTRY);
        String alias = indices.alias(SearchIndices.REGISTRY);
        client.index(i -> i.index(alias).id("1").document(document("古い登録")).refresh(Refresh.WaitFor));
        String before = onlyIndexBehind(alias);

        // More documents than one bulk request of the rebuild carries.
        int documents = SearchIndices.BULK_BATCH * 2 + 1;
        long indexed = indices.rebuild(SearchIndices.REGISTRY, index -> IntStream.range(0, documents).mapToObj(n -> BulkOperation.of(op -> op
                .index(i -> i.index(index).id(Integer.toString(n)).document(document(n == 0 ? "住民基本台帳事務" : "戸籍事務 " + n))))));

        assertThat(indexed).isEqualTo(documents);
        assertThat(indices.count(SearchIndices.REGISTRY)).isEqualTo(documents);
        assertThat(onlyIndexBehind(alias)).isNotEqualTo(before);
        assertThat(client.indices().exists(e -> e.index(before)).value()).as("the old index is gone").isFalse();

        indices.deleteAll();
        assertThat(client.indices().existsAlias(a -> a.name(alias)).value()).isFalse();
    }

    @Test
    void anIndexBuiltFromOtherMappingsIsNotCurrent() throws Exception {
        SearchIndices indices = new SearchIndices(client, "indices-version-test");
        indices.deleteAll();
        indices.ensure(SearchIndices.REGISTRY);
        assertThat(indices.isCurrent(SearchIndices.REGISTRY)).as("just created from today's mappings").isTrue();

        // As an older release left it: an index of the family without this release's mappings version.
        String alias = indices.alias(SearchIndices.REGISTRY);
        String older = alias + "-1";
        client.indices().create(c -> c.index(older).mappings(m -> m.properties("municipality", p -> p.keyword(k -> k))));
        String current = onlyIndexBehind(alias);
        client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(current).alias(alias)))
                .actions(a -> a.add(add -> add.index(older).alias(alias))));

        assertThat(indices.isCurrent(SearchIndices.REGISTRY)).isFalse();
        indices.rebuild(SearchIndices.REGISTRY, index -> Stream.of(BulkOperation.of(op -> op.index(i -> i.index(index).id("1")
                .document(document("戸籍事務"))))));
        assertThat(indices.isCurrent(SearchIndices.REGISTRY)).isTrue();
        indices.deleteAll();
    }

    @Test
    void aPrefixMustBeAValidIndexName() {
        assertThatThrownBy(() -> new SearchIndices(client, "Shingikai!"))
                .hasMessageContaining("英小文字");
    }

    private String onlyIndexBehind(String alias) throws Exception {
        Map<String, ?> indices = client.indices().getAlias(g -> g.name(alias)).result();
        assertThat(indices).hasSize(1);
        return indices.keySet().iterator().next();
    }

    private static RegistryDocument document(String name) {
        return new RegistryDocument("三鷹市", "OPERATION", "市民課", name, "ACTIVE", List.of("NEW"), name, LocalDate.of(2021, 4, 1), "令和3年4月1日",
                List.of(2021), List.of(), List.of());
    }
}

package jp.shingikai.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import jp.shingikai.search.engine.SharedTestEngine;
import jp.shingikai.search.index.PaperDocument;
import jp.shingikai.search.index.SearchIndices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The documents index on the real engine: papers found by their text, counted by type, hidden by their case's status. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperSearchTest {

    private final ElasticsearchClient client = SharedTestEngine.client();
    private final SearchIndices indices = new SearchIndices(client, "paper-search-test");
    private final PaperSearch search = new PaperSearch(client);

    @BeforeAll
    void indexPapers() throws Exception {
        indices.deleteAll();
        indices.ensure(SearchIndices.DOCUMENTS);
        index("paper-1", paper("諮問書", "SCHEDULED", "個人情報を取り扱う事務の名称\t(仮称)小平市蛍光管回収計画策定に係る市民アンケート調査"));
        index("paper-2", paper("諮問事項別説明書", "SCHEDULED", "本人以外から収集する理由\t小平市全域から調査票の送付対象者を抽出する必要があるため。"));
        index("paper-3", paper("諮問書", "WITHDRAWN", "(仮称)小平市蛍光管回収計画策定に係る市民アンケート調査の取下げ前の諮問書"));
        index("import-1", new PaperDocument("取込資料", "kawaguchi.pdf", "kawaguchi.pdf", "登録報告", "川口市", null, null, null,
                LocalDate.of(2014, 3, 26), "/api/registry/imports/1/content", "被災者支援システム運用業務 災害が発生した場合に"));
        client.indices().refresh(r -> r.index(indices.alias(SearchIndices.DOCUMENTS)));
    }

    @Test
    void aPhraseFindsThePapersThatHoldItAndFacetsCountThem() throws Exception {
        Found<PaperSearch.Match> result = search("\"蛍光管回収計画\"", null);

        assertThat(result.matches()).extracting(PaperSearch.Match::id).containsExactly("paper-1");
        assertThat(result.facets().get("documentType")).containsExactly(java.util.Map.entry("諮問書", 1L));
        assertThat(result.matches().get(0).paper().body()).as("the text stays in the index").isNull();
        assertThat(result.matches().get(0).highlights().get("body")).singleElement().asString().contains("小平市【蛍光管回収計画】策定");
        assertThat(search("\"回収計画蛍光管\"", null).total()).isZero();
    }

    @Test
    void theWordsOfAQueryMatchInTheirBaseForm() throws Exception {
        assertThat(search("抽出した", null).matches()).extracting(PaperSearch.Match::id).containsExactly("paper-2");
    }

    @Test
    void whenNoPaperHasEveryWordTheBestPartialMatchesComeMarkedPartial() throws Exception {
        Found<PaperSearch.Match> every = search("市民アンケート 蛍光管", null);
        assertThat(every.partial()).isFalse();
        assertThat(every.matches()).extracting(PaperSearch.Match::id).containsExactly("paper-1");

        Found<PaperSearch.Match> some = search("市民アンケート 被災者支援", null);
        assertThat(some.partial()).as("no paper has both").isTrue();
        List<String> ranked = some.matches().stream().map(PaperSearch.Match::id).toList();
        assertThat(ranked).as("the paper of each word comes before one that only shares a character").contains("paper-1", "import-1");
        assertThat(ranked.indexOf("paper-1")).isLessThan(ranked.indexOf("paper-2"));

        assertThat(search("\"市民アンケート\" AND 被災者支援", null).total()).as("the person's own operators are kept").isZero();
        assertThat(search("存在しない語", null).partial()).as("one word: nothing to widen").isFalse();
    }

    @Test
    void papersAreFilteredByTypeAndMunicipality() throws Exception {
        assertThat(search(null, "取込資料").matches()).extracting(PaperSearch.Match::id).containsExactly("import-1");
        Found<PaperSearch.Match> all = search(null, null);
        assertThat(all.facets().get("documentType")).containsEntry("諮問書", 1L).containsEntry("諮問事項別説明書", 1L)
                .containsEntry("取込資料", 1L);
        assertThat(all.facets().get("municipality")).containsEntry("小平市", 2L).containsEntry("川口市", 1L);
    }

    private Found<PaperSearch.Match> search(String query, String type) throws Exception {
        return search.search(indices.alias(SearchIndices.DOCUMENTS), new PaperSearch.Criteria(query, type, null, null, null, false, 0),
                List.of("WITHDRAWN"));
    }

    private void index(String id, PaperDocument paper) throws Exception {
        client.index(i -> i.index(indices.alias(SearchIndices.DOCUMENTS)).id(id).document(paper).refresh(Refresh.WaitFor));
    }

    private static PaperDocument paper(String type, String status, String body) {
        return new PaperDocument(type, "資料1 " + type, type + ".docx", "令和3年度諮問第1号", "小平市", "環境部資源循環課", status, 2021,
                LocalDate.of(2022, 3, 4), "/api/documents/1/content", body);
    }
}

package jp.shingikai.app.precedents;

import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.search.index.SearchIndices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** 同義語: マイナンバー finds 個人番号 out of the box, and a rule 総務課 adds works once the indices are rebuilt with it. */
@DemoApplicationTest
class SynonymsApiTest {

    private static final String REGISTRATION = """
            逗子市情報公開・個人情報保護審議会 資料
            1 個人情報取扱事務の新規登録について
            No.\t担当課\t業務の名称\t個人情報の収集の目的\t記録の対象者\t業務開始年月日
            1\t市民課\t個人番号カード交付事務\t個人番号カードの交付\t申請者\t令和6年4月1日
            2\t防災課\t戸別受信機貸与事務\t受信機の貸与\t貸与を受けた市民\t令和6年4月1日
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    @Test
    void anEverydayWordFindsTheFormalOneAndARuleAddedBy総務課WorksAtOnce() throws Exception {
        RegistryUploads.upload(http, "soumu", "逗子市_登録報告.txt", REGISTRATION.getBytes(StandardCharsets.UTF_8));
        searchCatchUp.index(SearchIndices.REGISTRY);
        Api soumu = Api.as(http, "soumu");
        assertThat(names("マイナンバーカード")).contains("個人番号カード交付事務");
        assertThat(names("防災ラジオ")).doesNotContain("戸別受信機貸与事務");

        List<String> before = new ArrayList<>();
        ok(soumu.get("/api/precedents/synonyms")).path("rules").forEach(rule -> before.add(rule.asText()));
        assertThat(before).contains("マイナンバー, 個人番号");
        List<String> more = new ArrayList<>(before);
        more.add("防災ラジオ、戸別受信機");
        assertThat(Api.as(http, "jimukyoku").put("/api/precedents/synonyms", Map.of("rules", more), null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(soumu.put("/api/precedents/synonyms", Map.of("rules", List.of("防災ラジオ")), null).getStatusCode())
                .as("one word is no rule").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        try {
            JsonNode saved = ok(soumu.put("/api/precedents/synonyms", Map.of("rules", more), null));
            assertThat(saved.path("rules")).extracting(JsonNode::asText).contains("防災ラジオ,戸別受信機");
            assertThat(names("防災ラジオ")).contains("戸別受信機貸与事務");
        } finally {
            ok(soumu.put("/api/precedents/synonyms", Map.of("rules", before), null));
        }
    }

    private List<String> names(String query) {
        List<String> names = new ArrayList<>();
        ok(Api.as(http, "etsuran").get("/api/precedents/registry?municipality=逗子市&q=" + query)).path("matches")
                .forEach(match -> names.add(match.path("entry").path("operationName").asText()));
        return names;
    }
}

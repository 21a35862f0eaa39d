package jp.shingikai.app.precedents;

import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.search.index.SearchIndices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A natural two-word query of which one word is nowhere still answers, with the best partial matches, marked so. */
@DemoApplicationTest
class PartialMatchApiTest {

    private static final String REGISTRATION = """
            鎌倉市情報公開・個人情報保護審議会 資料
            1 個人情報取扱事務の新規登録について
            No.\t担当課\t業務の名称\t個人情報の収集の目的\t記録の対象者\t業務開始年月日
            1\t観光課\t海水浴場監視員配置事務\t監視員の配置と連絡\t海水浴場の監視員\t令和6年6月1日
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    @Test
    void aWordFoundNowhereWidensTheSearchToTheOtherWords() throws Exception {
        RegistryUploads.upload(http, "soumu", "鎌倉市_登録報告.txt", REGISTRATION.getBytes(StandardCharsets.UTF_8));
        searchCatchUp.index(SearchIndices.REGISTRY);
        Api staff = Api.as(http, "etsuran");

        JsonNode every = ok(staff.get("/api/precedents/registry?q=海水浴場 監視員"));
        assertThat(every.path("partial").asBoolean()).isFalse();
        assertThat(every.path("matches")).extracting(m -> m.path("entry").path("operationName").asText()).contains("海水浴場監視員配置事務");

        JsonNode some = ok(staff.get("/api/precedents/registry?q=海水浴場 鎌倉彫"));
        assertThat(some.path("partial").asBoolean()).as("no entry has 鎌倉彫").isTrue();
        assertThat(some.path("matches")).extracting(m -> m.path("entry").path("operationName").asText()).contains("海水浴場監視員配置事務");
    }
}

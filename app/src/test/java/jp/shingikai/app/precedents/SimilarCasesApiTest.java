package jp.shingikai.app.precedents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.search.index.SearchIndices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 類似案件: a new draft about a 市民アンケート drawn from the 住民基本台帳 finds the Kodaira questionnaire among the most
 * similar cases, above an online booking.
 */
@DemoApplicationTest
class SimilarCasesApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    @Test
    void theQuestionnaireCaseRanksAboveTheOnlineBookingForANewSurveyDrawnFromTheResidentRegister() throws Exception {
        accepted("kankyo", Api.kodairaQuestionnaireDraft());
        long booking = accepted("shimin", onlineBooking());
        long draftOnly = created("kosodate", Api.kodairaQuestionnaireDraft().put("title", "子育て世帯アンケート調査について（起案中）"));
        searchCatchUp.index(SearchIndices.CONSULTATIONS);

        JsonNode similar = Api.as(http, "kosodate").post("/api/precedents/similar", Map.of(
                "title", "市民意識アンケート調査における住民基本台帳からの対象者抽出について",
                "purpose", "市民アンケート調査の対象者を住民基本台帳から無作為に抽出し、調査票を郵送するため。")).getBody();

        // Other tests sharing this database accept copies of the same questionnaire and surveys as alike: the claim is
        // that one copy is among the most similar, above this test's online booking, and no draft is.
        List<Long> ranked = StreamSupport.stream(similar.spliterator(), false).map(s -> s.path("consultationId").asLong()).toList();
        List<String> titles = StreamSupport.stream(similar.spliterator(), false)
                .map(s -> s.path("consultation").path("title").asText()).toList();
        int survey = titles.indexOf(JapaneseText.normalize(Api.kodairaQuestionnaireDraft().path("title").asText()));
        assertThat(survey).as("a copy of the questionnaire case among %s", titles).isNotNegative();
        assertThat(ranked).as("drafts are no precedents").doesNotContain(draftOnly);
        assertThat(ranked.indexOf(booking)).as("the online booking, if similar at all, ranks below the survey")
                .satisfiesAnyOf(rank -> assertThat(rank).isEqualTo(-1), rank -> assertThat(rank).isGreaterThan(survey));

        JsonNode online = Api.as(http, "etsuran").get("/api/precedents/consultations?ground=HANDLING_STANDARDS&q=予約").getBody();
        assertThat(online.path("matches")).isNotEmpty().allSatisfy(match -> assertThat(match.path("consultation").path("title").asText())
                .contains("公共施設予約システム"));
        assertThat(online.path("facets").path("ground").path("HANDLING_STANDARDS").asLong()).isEqualTo(online.path("total").asLong());
        JsonNode all = Api.as(http, "etsuran").get("/api/precedents/consultations").getBody();
        assertThat(all.path("facets").path("ground").path("EXPERT_OPINION").asLong()).isPositive();
        assertThat(all.path("matches")).extracting(m -> m.path("consultationId").asLong()).doesNotContain(draftOnly);
        JsonNode newestFirst = Api.as(http, "etsuran").get("/api/precedents/consultations?sort=date").getBody();
        assertThat(newestFirst.path("matches")).extracting(m -> m.path("consultation").path("fiscalYear").asInt())
                .isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private long accepted(String department, ObjectNode draft) {
        long id = created(department, draft);
        Api.as(http, department).post("/api/consultations/" + id + "/submit", null);
        assertThat(Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED).getBody()
                .path("status").asText()).isEqualTo("ACCEPTED");
        return id;
    }

    private long created(String department, ObjectNode draft) {
        return Api.as(http, department).post("/api/consultations", draft).getBody().path("id").asLong();
    }

    /** 資料2 with its purpose and overview written out, as a department would before submitting it. */
    private static ObjectNode onlineBooking() {
        return Api.kodairaOnlineBookingDraft().put("purpose", "地域住民のコミュニティー活動の場の提供")
                .put("reason", "予約システムの提供事業者とオンライン結合により団体登録情報を提供するため。")
                .put("overview", "団体登録と部屋の予約をシステムで受け付ける。");
    }
}

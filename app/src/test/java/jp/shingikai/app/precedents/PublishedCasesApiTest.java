package jp.shingikai.app.precedents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.CouncilPapers;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Council papers of other municipalities, imported through the registry import, become precedent cases of their
 * municipality: searched in the consultations scope with a municipality facet, shown on a page of their own, offered
 * among the 類似案件, and given their 答申 by the paper that carries it, whichever comes first.
 */
@DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedCasesApiTest {

    /** The Kodaira packet as if another council had published it, so that other tests' imports do not count here. */
    private static final String KOKUBUNJI_PACKET = Fixtures.text("kodaira-2022-council-consultation-packet.txt").replace("小平市", "国分寺市");

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    private JsonNode kokubunji;
    private Api staff;

    @BeforeAll
    void importPapers() throws Exception {
        kokubunji = RegistryUploads.upload(http, "soumu", "国分寺市_審議会資料.docx", TestDocuments.docx(KOKUBUNJI_PACKET)).path("files").get(0);
        RegistryUploads.upload(http, "soumu", "machida-packet.pdf", TestDocuments.unruledPdf(CouncilPapers.MACHIDA_PACKET));
        // The 答申 comes in before the packet that carries its 諮問.
        RegistryUploads.upload(http, "soumu", "okazaki-answer.docx", TestDocuments.docx(CouncilPapers.OKAZAKI_ANSWER));
        RegistryUploads.upload(http, "soumu", "okazaki-packet.txt", CouncilPapers.OKAZAKI_PACKET.getBytes(StandardCharsets.UTF_8));
        searchCatchUp.index(SearchIndices.CONSULTATIONS);
        staff = Api.as(http, "etsuran");
    }

    @Test
    void aPacketGivesBothItsRegistryRowsAndItsCasesUnderOneImport() {
        assertThat(kokubunji.path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(kokubunji.path("importer").asText()).contains("届出書", "審議会資料");
        assertThat(staff.get("/api/registry/entries?municipality=国分寺市").getBody()).isNotEmpty();

        JsonNode reports = search("municipality=国分寺市&kind=REPORT");
        assertThat(reports.path("total").asLong()).isEqualTo(1);
        JsonNode match = reports.path("matches").get(0);
        assertThat(match.path("consultationId").isNull()).as("no case of ours").isTrue();
        assertThat(match.path("consultation").path("title").asText()).startsWith("子育て世帯への臨時特別給付金事業");
        String link = match.path("consultation").path("link").asText();
        assertThat(link).startsWith("/precedents/cases/");

        JsonNode found = Api.ok(staff.get("/api" + link));
        assertThat(found.path("kind").asText()).isEqualTo("REPORT");
        assertThat(found.path("meeting").asText()).isEqualTo("令和3年度 第3回");
        assertThat(found.path("heldOn").asText()).isEqualTo("2022-03-15");
        assertThat(found.path("body").asText()).contains("プッシュ型支給");
        assertThat(found.path("importId").asLong()).isPositive();
        JsonNode consultations = search("municipality=国分寺市&kind=CONSULTATION&ground=ONLINE_PROVISION");
        assertThat(consultations.path("matches")).singleElement().satisfies(hit -> {
            assertThat(hit.path("consultation").path("department").asText()).isEqualTo("地域振興部市民協働・男女参画推進課");
            assertThat(hit.path("consultation").path("fiscalYear").asInt()).as("令和3年度").isEqualTo(2021);
        });
    }

    @Test
    void anAnswerImportedBeforeItsPacketGivesTheCaseItsOutcome() {
        JsonNode library = search("q=図書館システム&municipality=岡崎市");

        assertThat(library.path("total").asLong()).as("the 答申 and the packet name one case").isEqualTo(1);
        JsonNode hit = library.path("matches").get(0).path("consultation");
        assertThat(hit.path("outcome").asText()).isEqualTo("APPROVED_WITH_OPINION");
        assertThat(hit.path("meeting").asText()).isEqualTo("令和5年度 第2回（令和5年9月1日）");
        assertThat(hit.path("department").asText()).isEqualTo("社会文化部中央図書館");
        JsonNode found = Api.ok(staff.get("/api" + hit.path("link").asText()));
        assertThat(found.path("answeredOn").asText()).isEqualTo("2023-10-12");
        assertThat(found.path("answerText").asText()).contains("安全管理措置を明記すること");
        assertThat(search("outcome=APPROVED_WITH_OPINION&municipality=岡崎市").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void everyMunicipalityIsAFacetAndTheKindNarrows() {
        JsonNode all = search("");

        assertThat(all.path("facets").path("municipality").has("町田市")).as("%s", all.path("facets")).isTrue();
        assertThat(all.path("facets").path("municipality").path("岡崎市").asLong()).isEqualTo(2);
        assertThat(all.path("facets").path("caseKind").path("REPORT").asLong()).isPositive();
        JsonNode machida = search("municipality=町田市");
        assertThat(machida.path("matches")).extracting(m -> m.path("consultation").path("caseNumber").asText())
                .containsExactlyInAnyOrder("諮問第7号", "諮問第8号", "報告第2号");
    }

    @Test
    void theSamePacketAgainInAnotherFormatAddsNoCase() throws Exception {
        JsonNode again = RegistryUploads.upload(http, "soumu", "okazaki-packet.docx", TestDocuments.docx(CouncilPapers.OKAZAKI_PACKET))
                .path("files").get(0);
        searchCatchUp.index(SearchIndices.CONSULTATIONS);

        assertThat(again.path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isEqualTo(2);
        assertThat(search("municipality=岡崎市").path("total").asLong()).isEqualTo(2);
        assertThat(search("q=図書館システム&municipality=岡崎市").path("matches").get(0).path("consultation").path("outcome").asText())
                .as("the 答申 stays").isEqualTo("APPROVED_WITH_OPINION");
    }

    @Test
    void aDraftIsOfferedAnotherMunicipalitysCaseAmongTheSimilarOnes() {
        JsonNode similar = Api.ok(Api.as(http, "kosodate").post("/api/precedents/similar", Map.of(
                "title", "子ども医療費助成事業における住民基本台帳情報の目的外利用について",
                "purpose", "医療費助成の資格を確認するため、住民基本台帳の世帯情報を利用する。")));

        assertThat(similar).anySatisfy(found -> {
            assertThat(found.path("consultation").path("municipality").asText()).isEqualTo("町田市");
            assertThat(found.path("consultation").path("link").asText()).startsWith("/precedents/cases/");
        });
    }

    @Test
    void aPacketThatNamesNoMunicipalityIsReviewedUnlessTheImportNamesIt() throws Exception {
        String unnamed = """
                個人情報保護審議会 資料
                令和6年2月5日
                (1) 保育所の入所選考における個人情報の本人以外からの収集について(諮問)
                """;
        JsonNode blank = RegistryUploads.upload(http, "soumu", "unnamed-a.txt", unnamed.getBytes(StandardCharsets.UTF_8)).path("files").get(0);
        JsonNode named = Api.ok(RegistryUploads.multipart(http, "soumu", "/api/registry/imports?municipality=清瀬市", "files",
                "unnamed-b.txt", (unnamed + "\n").getBytes(StandardCharsets.UTF_8))).path("files").get(0);
        searchCatchUp.index(SearchIndices.CONSULTATIONS);

        assertThat(blank.path("review").asInt()).isEqualTo(1);
        assertThat(staff.get("/api/registry/review").getBody()).anySatisfy(item ->
                assertThat(item.path("reason").asText()).startsWith("団体名が読み取れません"));
        assertThat(named.path("review").asInt()).isZero();
        assertThat(search("municipality=清瀬市&q=保育所").path("matches")).singleElement()
                .satisfies(hit -> assertThat(hit.path("consultation").path("heldOn").asText()).isEqualTo("2024-02-05"));
    }

    private JsonNode search(String query) {
        return Api.ok(staff.get("/api/precedents/consultations?" + query));
    }
}

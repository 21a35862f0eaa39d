package jp.shingikai.app.precedents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 先例検索 over the papers themselves: the generated 諮問書 and 説明書 of a case, and an imported published PDF. */
@DemoApplicationTest
class PaperSearchApiTest {

    /** A word only this test's case uses, so that other tests' papers in the shared context do not count. */
    private static final String OPERATION = "(仮称)小平市蛍光管回収計画策定に係る市民アンケート調査";

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    @Test
    void aScheduledCasesPapersAreFoundByTypeAndGoWhenTheCaseIsWithdrawn() throws Exception {
        ObjectNode draft = Api.kodairaQuestionnaireDraft();
        draft.put("title", OPERATION + "における個人情報の本人以外からの収集及び目的外利用について");
        draft.put("operationName", OPERATION);
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = secretariat.scheduleMeeting(41, LocalDate.now().plusDays(40));
        Api department = Api.as(http, "kankyo");
        long id = department.post("/api/consultations", draft).getBody().path("id").asLong();
        department.post("/api/consultations/" + id + "/submit", null);
        Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED);
        assertThat(secretariat.post("/api/consultations/" + id + "/meeting-assignment", Map.of("meetingId", meeting))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        indexEverything();

        JsonNode found = search("q=\"蛍光管回収計画\"");

        assertThat(found.path("total").asLong()).as("%s", found).isEqualTo(2);
        assertThat(found.path("facets").path("documentType").path("諮問書").asLong()).isEqualTo(1);
        assertThat(found.path("facets").path("documentType").path("諮問事項別説明書").asLong()).isEqualTo(1);
        assertThat(found.path("facets").path("department").path("環境部資源循環課").asLong()).isEqualTo(2);
        int fiscalYear = FiscalYear.of(LocalDate.now()).startYear();
        assertThat(found.path("facets").path("fiscalYear").path(Integer.toString(fiscalYear)).asLong()).isEqualTo(2);
        assertThat(search("q=\"蛍光管回収計画\"&type=諮問書").path("matches").get(0).path("paper").path("title").asText())
                .isEqualTo("資料1 諮問書");
        assertThat(search("q=\"回収計画蛍光管\"").path("total").asLong()).as("a phrase is exact").isZero();
        assertThat(found.path("matches").get(0).path("highlights").toString()).contains("【");

        department.post("/api/consultations/" + id + "/withdrawal", Map.of("reason", "計画の策定を延期するため。"));
        indexEverything();

        assertThat(search("q=\"蛍光管回収計画\"").path("total").asLong()).as("a withdrawn case's papers are not precedents").isZero();
    }

    @Test
    void aPublishedPdfImportedIntoTheRegistryIsFoundAndServedAsItCame() throws Exception {
        byte[] pdf = TestDocuments.publishedPdf(Fixtures.text("kawaguchi-2014-council-registry-report.txt").replace("川口市", "戸田市"));
        JsonNode summary = RegistryUploads.upload(http, "soumu", "toda-registry-report.pdf", pdf);
        assertThat(summary.path("files").get(0).path("outcome").asText()).as("%s", summary).isIn("IMPORTED", "SKIPPED");
        indexEverything();

        JsonNode found = search("q=被災者支援システム&municipality=戸田市&type=取込資料");

        assertThat(found.path("total").asLong()).as("%s", found).isEqualTo(1);
        JsonNode paper = found.path("matches").get(0).path("paper");
        assertThat(paper.path("fileName").asText()).isEqualTo("toda-registry-report.pdf");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("etsuran", "demo-etsuran");
        ResponseEntity<byte[]> original = http.exchange(paper.path("downloadPath").asText(), HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
        assertThat(original.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(original.getBody()).isEqualTo(pdf);
        assertThat(StreamSupport.stream(Api.as(http, "etsuran").get("/api/registry/entries?municipality=戸田市").getBody().spliterator(), false)
                .map(entry -> entry.path("operationName").asText()))
                .as("the PDF's tables were read into entries").contains("被災者支援システム運用業務", "空き家対策業務");
    }

    private void indexEverything() throws Exception {
                searchCatchUp.index(SearchIndices.DOCUMENTS);
    }

    private JsonNode search(String query) {
        return Api.as(http, "etsuran").get("/api/precedents/documents?" + query).getBody();
    }
}

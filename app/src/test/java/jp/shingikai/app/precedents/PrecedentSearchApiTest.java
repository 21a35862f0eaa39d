package jp.shingikai.app.precedents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** 先例検索 on the real engine, over the Kawaguchi report imported through the API. */
@DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrecedentSearchApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchCatchUp searchCatchUp;

    private Api staff;

    @BeforeAll
    void importAndIndex() throws Exception {
        RegistryUploads.upload(http, "soumu", "kawaguchi.docx",
                TestDocuments.docx(Fixtures.text("kawaguchi-2014-council-registry-report.txt").replace("川口市", "鳩ヶ谷市")));
        // Published as they are: another test of this context may have imported them already, which is no failure.
        RegistryUploads.upload(http, "soumu", "mitaka.docx", TestDocuments.docx(Fixtures.text("mitaka-2021-privacy-system-report.txt")));
        RegistryUploads.upload(http, "soumu", "kodaira.docx",
                TestDocuments.docx(Fixtures.text("kodaira-2022-council-consultation-packet.txt")));
        assertThat(searchCatchUp.index(SearchIndices.REGISTRY)).isPositive();
        staff = Api.as(http, "etsuran");
    }

    @Test
    void anInflectedVerbFindsTheOperationWhosePurposeUsesAnotherForm() {
        // 収集する is in the purpose only as 収集し; the other word narrows the hits to one page whatever else is indexed.
        JsonNode result = search("q=収集する 育成医療&municipality=鳩ヶ谷市");

        assertThat(names(result)).as("%s", result).contains("自立支援医療(育成医療)給付業務");
        assertThat(result.path("matches").get(0).path("highlights").toString()).contains("【");
    }

    @Test
    void aPhraseIsMatchedExactly() {
        JsonNode result = search("q=\"被災者支援システム\"&municipality=鳩ヶ谷市");

        assertThat(names(result)).contains("被災者支援システム運用業務", "り災証明書等発行業務");
        assertThat(names(search("q=\"支援システム被災者\"&municipality=鳩ヶ谷市"))).isEmpty();
    }

    @Test
    void notExcludesAndOrWidens() {
        List<String> nursing = names(search("q=介護保険&municipality=鳩ヶ谷市"));
        List<String> withoutDomesticViolence = names(search("q=介護保険 NOT DV&municipality=鳩ヶ谷市"));

        assertThat(nursing).contains("介護保険資格管理業務", "介護保険料賦課徴収業務", "要介護(支援)認定事務");
        assertThat(withoutDomesticViolence).contains("要介護(支援)認定事務").doesNotContain("介護保険料賦課徴収業務");
        // The third provides the library with the new addresses: an operation the report names only as providing.
        assertThat(names(search("q=がん登録 OR 図書館&municipality=鳩ヶ谷市")))
                .containsExactlyInAnyOrder("がん登録業務", "図書館資料貸出登録業務", "住居表示実施関係業務");
    }

    @Test
    void aWarekiYearFindsWhatTheWesternYearFinds() {
        long heisei = search("year=平成25年&municipality=鳩ヶ谷市").path("total").asLong();

        assertThat(heisei).isPositive();
        assertThat(search("year=2013&municipality=鳩ヶ谷市").path("total").asLong()).isEqualTo(heisei);
        assertThat(search("year=令和3年&municipality=鳩ヶ谷市").path("total").asLong()).isZero();
    }

    @Test
    void eachWordMayMatchInAnotherFieldAndAnOperationKnownOnlyByWhatItProvidesIsFound() {
        // 固定資産税 is only in the operation's name, 目的外利用 only in what it provides.
        assertThat(names(search("q=固定資産税 目的外利用&municipality=鳩ヶ谷市"))).contains("固定資産税・都市計画税賦課業務");
    }

    @Test
    void aWordFoundNowhereWidensTheSearchToTheOtherWordsAndTheAnswerSaysSo() {
        JsonNode every = search("q=介護保険 認定&municipality=鳩ヶ谷市");
        assertThat(every.path("partial").asBoolean()).isFalse();
        assertThat(names(every)).contains("要介護(支援)認定事務");

        JsonNode some = search("q=介護保険 鎌倉彫&municipality=鳩ヶ谷市");
        assertThat(some.path("partial").asBoolean()).as("no entry has 鎌倉彫").isTrue();
        assertThat(names(some)).contains("介護保険資格管理業務", "要介護(支援)認定事務");
    }

    @Test
    void aWordThatIsADepartmentsNamePutsThatDepartmentFirst() {
        JsonNode result = search("q=障害福祉課&municipality=鳩ヶ谷市");

        assertThat(result.path("matches").get(0).path("entry").path("department").asText()).isEqualTo("障害福祉課");
    }

    @Test
    void aYearWrittenAmongTheWordsNarrowsAsTheYearFilterDoes() {
        List<String> written = names(search("q=平成25年 被災者&municipality=鳩ヶ谷市"));

        assertThat(written).isNotEmpty().isEqualTo(names(search("q=被災者&year=平成25年&municipality=鳩ヶ谷市")));
        assertThat(names(search("q=２０１３年 被災者&municipality=鳩ヶ谷市"))).isEqualTo(written);
        assertThat(search("q=令和3年 被災者&municipality=鳩ヶ谷市").path("total").asLong()).isZero();
    }

    @Test
    void facetsCountTheEntriesOfEachMunicipalityDepartmentAndKind() {
        JsonNode result = search("municipality=鳩ヶ谷市");

        assertThat(result.path("facets").path("municipality").path("鳩ヶ谷市").asLong()).isEqualTo(result.path("total").asLong());
        assertThat(result.path("facets").path("department").path("介護保険課").asLong()).isEqualTo(5);
        assertThat(result.path("facets").path("kind").path("NEW").asLong()).isEqualTo(7);
    }

    @Test
    void operationsRecordingMyNumbersAreComparedAcrossMunicipalities() {
        JsonNode result = search("q=個人番号");

        assertThat(result.path("facets").path("municipality").has("三鷹市")).isTrue();
        assertThat(result.path("facets").path("municipality").has("小平市")).isTrue();
        assertThat(names(result)).contains("住民基本台帳事務", "住民基本台帳に関する事務(届出等)");
    }

    /** The query string is given as typed; the client encodes it. */
    private JsonNode search(String query) {
        return staff.get("/api/precedents/registry?" + query).getBody();
    }

    private static List<String> names(JsonNode result) {
        return StreamSupport.stream(result.path("matches").spliterator(), false)
                .map(match -> match.path("entry").path("operationName").asText()).toList();
    }
}

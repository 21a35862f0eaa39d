package jp.shingikai.app.assessments;

import static jp.shingikai.app.Api.created;
import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SettableClock;
import jp.shingikai.app.precedents.RegistryUploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 照合: a consultation whose 説明書 names a 提供先 its 届出書 does not, and a 目的外利用 the 届出書 does not record, is
 * submitted and accepted as usual, and 総務課 reads the mismatches beside the case.
 */
@DemoApplicationTest
class ConsistencyCheckApiTest {

    static final String OPERATION = "市民意識調査事務(照合試験)";
    private static final String REGISTRATION = """
            小平市情報公開・個人情報保護審議会 資料
            1 個人情報取扱事務の新規登録について
            No.\t担当課\t業務の名称\t個人情報の収集の目的\t記録の対象者\t収集の方法\t業務開始年月日
            1\t環境部資源循環課\t%s\t氏名及び住所を用いて調査票を送付する\t18歳以上の市民\t住民基本台帳(市民部市民課)\t令和4年4月1日
            """.formatted(OPERATION);

    @Autowired
    TestRestTemplate http;

    @Autowired
    SettableClock clock;

    @Test
    void aDraftThatSaysMoreThanItsNotificationShowsTheMismatchesAsAdvice() {
        RegistryUploads.upload(http, "soumu", "小平市_登録報告_照合.txt", REGISTRATION.getBytes(StandardCharsets.UTF_8));
        clock.setToday(LocalDate.of(2023, 3, 1));
        Api department = Api.as(http, "kankyo");
        long id = created(department.post("/api/consultations", inconsistentDraft())).path("id").asLong();

        JsonNode submitted = ok(department.post("/api/consultations/" + id + "/submit", null));

        assertThat(submitted.path("status").asText()).as("advice, not a block").isEqualTo("SUBMITTED");
        assertThat(mismatches(id)).containsExactly("説明書の提供先「株式会社調査センター」が届出書にありません。",
                "目的外利用があると答えていますが、届出書に目的外利用・外部提供の記載がありません。");
    }

    /** The 資料1 questionnaire of the 条例 era, run under a registered operation, sending its answers to a company. */
    static ObjectNode inconsistentDraft() {
        ObjectNode draft = Api.kodairaQuestionnaireDraftOfTheOrdinanceEra().put("operationName", OPERATION)
                .put("title", "市民意識調査における個人情報の本人以外からの収集及び目的外利用について（照合）");
        ObjectNode statements = (ObjectNode) draft.path("statements");
        ((ObjectNode) statements.path("collectionFromOthers")).put("items", "氏名、住所").put("source", "市民部市民課");
        ((ObjectNode) statements.path("useBeyondPurpose")).put("items", "氏名、住所").put("recipient", "株式会社調査センター");
        return draft;
    }

    private List<String> mismatches(long id) {
        JsonNode history = ok(Api.as(http, "soumu").get("/api/consultations/" + id + "/history"));
        JsonNode check = StreamSupport.stream(history.spliterator(), false)
                .filter(entry -> entry.path("action").asText().equals("CONSISTENCY_CHECKED")).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no 照合 in " + history));
        return StreamSupport.stream(check.path("details").path("mismatches").spliterator(), false).map(JsonNode::asText).toList();
    }
}

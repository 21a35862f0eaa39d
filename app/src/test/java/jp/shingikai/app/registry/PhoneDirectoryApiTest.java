package jp.shingikai.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.precedents.RegistryUploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A document that never names its municipality is placed by its telephone numbers, learnt from earlier imports. */
@DemoApplicationTest
class PhoneDirectoryApiTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aNoticeThatNamesNoMunicipalityIsPlacedByItsTelephoneNumbersAndSentToReview() {
        RegistryUploads.upload(http, "soumu", "inagi-report.txt", """
                令和5年度 第1回 稲城市個人情報保護審議会
                1 個人情報取扱事務の新規登録について
                番号\t事務の名称\t開始年月日\t所管課\t目的
                1\t市民活動サポート事務\t令和5年4月1日\t協働推進課\t団体を登録するため
                問合せ 稲城市総務部総務課 電話 042-378-2111（代表）
                """.getBytes(StandardCharsets.UTF_8));

        JsonNode unnamed = RegistryUploads.upload(http, "soumu", "notice.txt", """
                個人情報の取扱いについて（令和6年4月1日現在）
                業務名\t主な記録項目
                図書館利用事務\t氏名、住所、利用者番号
                このほかの業務：公民館利用事務
                問合せ 総務課 電話 ０４２－３７８－２１１１
                """.getBytes(StandardCharsets.UTF_8)).path("files").get(0);

        assertThat(unnamed.path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(unnamed.path("review").asInt()).isEqualTo(1);
        JsonNode entries = Api.as(http, "etsuran").get("/api/registry/entries?municipality=稲城市").getBody();
        assertThat(entries).extracting(entry -> entry.path("operationName").asText()).contains("図書館利用事務", "公民館利用事務");
        assertThat(Api.as(http, "soumu").get("/api/registry/review").getBody()).anySatisfy(item -> {
            assertThat(item.path("file").asText()).isEqualTo("notice.txt");
            assertThat(item.path("reason").asText()).contains("電話番号（042-378）から稲城市と推定しました");
        });
    }

    @Test
    void numbersNeverSeenBeforeLeaveTheMunicipalityBlankForReview() {
        JsonNode unknown = RegistryUploads.upload(http, "soumu", "unknown-notice.txt", """
                個人情報の取扱いについて（令和6年4月1日現在）
                業務名\t主な記録項目
                斎場利用事務\t氏名、住所
                問合せ 総務課 電話 0299-00-1111
                """.getBytes(StandardCharsets.UTF_8)).path("files").get(0);

        assertThat(Api.as(http, "soumu").get("/api/registry/review").getBody()).anySatisfy(item -> {
            assertThat(item.path("file").asText()).isEqualTo("unknown-notice.txt");
            assertThat(item.path("reason").asText()).startsWith("団体名を読み取れませんでした");
        });
        assertThat(unknown.path("review").asInt()).isPositive();
    }
}

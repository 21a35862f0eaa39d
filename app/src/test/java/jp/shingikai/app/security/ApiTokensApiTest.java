package jp.shingikai.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** 個人用APIトークン: issued once with the password, then the client's key, with its owner's roles, until revoked or expired. */
@DemoApplicationTest
class ApiTokensApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    SettableClock clock;

    @Test
    void aTokenIsShownOnceAndActsAsItsOwnerWithTheOwnersRolesOnly() {
        JsonNode issued = Api.created(Api.as(http, "kankyo").post("/api/account/tokens", Map.of("name", "集計スクリプト", "days", 30)));
        String token = issued.path("token").asText();

        assertThat(token).startsWith("shk_").hasSizeGreaterThan(40);
        assertThat(Api.ok(Api.as(http, "kankyo").get("/api/account/tokens")).toString()).doesNotContain(token).contains("集計スクリプト");
        ResponseEntity<JsonNode> mine = bearer(token, HttpMethod.GET, "/api/account/mail", null);
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bearer(token, HttpMethod.GET, "/api/tasks", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bearer(token, HttpMethod.POST, "/api/meetings", Map.of("number", 9901)).getStatusCode())
                .as("a department's token does not plan meetings").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bearer(token, HttpMethod.POST, "/api/account/tokens", Map.of("name", "もう一つ")).getStatusCode())
                .as("a token does not make more tokens").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRevokedOrExpiredOrWrongTokenIsRefusedWithTheReason() {
        Api owner = Api.as(http, "shimin");
        JsonNode revoked = Api.created(owner.post("/api/account/tokens", Map.of("name", "取り消すもの")));
        JsonNode expiring = Api.created(owner.post("/api/account/tokens", Map.of("name", "一日だけ", "days", 1)));
        ResponseEntity<JsonNode> deleted = http.exchange("/api/account/tokens/" + revoked.path("issued").path("id").asLong(), HttpMethod.DELETE,
                new HttpEntity<>(basic("shimin")), JsonNode.class);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> afterRevocation = bearer(revoked.path("token").asText(), HttpMethod.GET, "/api/tasks", null);
        assertThat(afterRevocation.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(afterRevocation.getHeaders().getContentType()).hasToString("application/problem+json;charset=UTF-8");
        assertThat(afterRevocation.getBody().path("detail").asText()).contains("取り消されています");
        assertThat(bearer(expiring.path("token").asText(), HttpMethod.GET, "/api/tasks", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        clock.setToday(LocalDate.now(clock).plusDays(2));
        assertThat(bearer(expiring.path("token").asText(), HttpMethod.GET, "/api/tasks", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(bearer("shk_wrong", HttpMethod.GET, "/api/tasks", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aNamelessOrTooLongTokenIsRefusedInJapanese() {
        ResponseEntity<JsonNode> nameless = Api.as(http, "kosodate").post("/api/account/tokens", Map.of("name", " "));
        ResponseEntity<JsonNode> tooLong = Api.as(http, "kosodate").post("/api/account/tokens", Map.of("name", "年次集計", "days", 400));

        assertThat(nameless.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(nameless.getBody().toString()).contains("「名前」を入力してください");
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(tooLong.getBody().toString()).contains("1日から365日");
    }

    @Test
    void issuingUsingAndRevokingAreInTheAuditTrail() {
        Api owner = Api.as(http, "kankyo-kacho");
        JsonNode issued = Api.created(owner.post("/api/account/tokens", Map.of("name", "監査確認用")));
        bearer(issued.path("token").asText(), HttpMethod.GET, "/api/tasks", null);
        http.exchange("/api/account/tokens/" + issued.path("issued").path("id").asLong(), HttpMethod.DELETE,
                new HttpEntity<>(basic("kankyo-kacho")), JsonNode.class);

        JsonNode trail = Api.ok(Api.as(http, "soumu").get("/api/audit?actor=kankyo-kacho&action=API_TOKEN"));
        assertThat(trail).extracting(event -> event.path("summary").asText()).anySatisfy(detail -> assertThat(detail).contains("「監査確認用」を発行しました"))
                .anySatisfy(detail -> assertThat(detail).contains("「監査確認用」で API を利用しました"))
                .anySatisfy(detail -> assertThat(detail).contains("「監査確認用」を取り消しました"));
    }

    private ResponseEntity<JsonNode> bearer(String token, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo-" + user);
        return headers;
    }
}

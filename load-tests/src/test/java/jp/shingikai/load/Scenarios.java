package jp.shingikai.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;

/** The three kinds of user the load is made of; the simulations mix them. */
final class Scenarios {

    private static final String BEARER = "Bearer #{token}";
    private static final String ACCEPTED = """
            {"outcome": "ACCEPTED", "checklist": {"titleAndReason": true, "groundsMatchAnswers": true,
             "statementsComplete": true, "registrationAttached": true, "safeguardsDescribed": true}}""";

    private Scenarios() {
    }

    /** An API client (a script, another system) reading tasks, cases and searches with its token, one round a visit. */
    static ScenarioBuilder apiClients() {
        return scenario("API の利用者").feed(Load.clients("etsuran", "kankyo", "soumu", "jimukyoku")).feed(Load.terms())
                .exec(http("API タスク一覧").get("/api/tasks").header("Authorization", BEARER).check(status().is(200)))
                .exec(http("API 諮問一覧").get("/api/consultations").header("Authorization", BEARER).check(status().is(200)))
                .exec(http("API 登録簿の検索").get("/api/precedents/registry").queryParam("q", "#{term}")
                        .header("Authorization", BEARER).check(status().is(200)))
                .exec(http("API 諮問の検索").get("/api/precedents/consultations").queryParam("q", "#{term}")
                        .header("Authorization", BEARER).check(status().is(200)));
    }

    /** A member of staff who signs in once and browses the pages and searches for as long as the run lasts. */
    static ScenarioBuilder staff() {
        return scenario("職員の画面").feed(Load.clients("etsuran", "kankyo", "shimin", "soumu", "jimukyoku"))
                .exec(http("ログイン画面").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("ログイン").post("/login").formParam("username", "#{user}").formParam("password", "demo-#{user}")
                        .formParam("_csrf", "#{csrf}").check(status().is(200), substring("ログアウト")))
                .during(Load.SECONDS).on(exec(http("ホーム").get("/").check(status().is(200)))
                        .exec(http("諮問一覧").get("/consultations").check(status().is(200)))
                        .feed(Load.terms())
                        .exec(http("先例検索（登録簿）").get("/precedents").queryParam("scope", "registry").queryParam("q", "#{term}")
                                .check(status().is(200)))
                        .exec(http("先例検索（諮問）").get("/precedents").queryParam("scope", "consultations").queryParam("q", "#{term}")
                                .check(status().is(200)))
                        .exec(http("登録簿").get("/registry").check(status().is(200)))
                        .exec(http("会議").get("/meetings").check(status().is(200))));
    }

    /** A department drafting and submitting a 諮問, and 総務課 accepting it, through the API with their tokens. */
    static ScenarioBuilder walkers() {
        String draft = Load.resource("forms/examples/consultation-draft-act.json");
        String soumu = Load.token("soumu");
        return scenario("諮問の起案から受理まで").feed(Load.clients("kankyo"))
                .exec(http("起案").post("/api/consultations").header("Authorization", BEARER).body(StringBody(draft)).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("id")))
                .exec(http("提出").post("/api/consultations/#{id}/submit").header("Authorization", BEARER).check(status().is(200)))
                .exec(http("形式審査（受理）").post("/api/consultations/#{id}/formal-review").header("Authorization", "Bearer " + soumu)
                        .body(StringBody(ACCEPTED)).asJson().check(status().is(200), jsonPath("$.status").is("ACCEPTED")));
    }
}

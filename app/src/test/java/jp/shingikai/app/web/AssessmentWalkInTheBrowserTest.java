package jp.shingikai.app.web;

import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.Api;
import jp.shingikai.app.assessments.CitizenFile;
import jp.shingikai.app.precedents.RegistryUploads;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.search.testing.TestDocuments;
import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 第三者点検 of a 全項目評価書 walked in a real browser: the department uploads its draft and registers it, 総務課
 * reads the 照合 and accepts it, the department runs the 意見聴取 and records the comments, the secretariat places it on
 * a meeting, a member asks a question, the secretariat records the result, and the department records 提出・公表 and
 * downloads section V filled in. Screenshots go to {@code target/screenshots/assessment-walk/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentWalkInTheBrowserTest {

    private static final CitizenFile FILE = CitizenFile.NATIONAL_HEALTH_INSURANCE;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ManagementService management;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser("http://localhost:" + port, Path.of("target/screenshots/assessment-walk"));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aFullAssessmentIsReviewedByTheCouncilAndEndsWithSectionVFilledIn() {
        browser.recordingFailures(this::walk);
    }

    private void walk() {
        RegistryUploads.upload(http, "soumu", "小平市_ファイル簿_国保.xlsx", TestDocuments.xlsx(Map.of("ファイル簿", FILE.register())));
        LocalDate today = LocalDate.now(JAPAN);

        // 登録: the department uploads its draft 評価書 and confirms what was read
        browser.signIn("shimin");
        browser.open("/assessment-reviews");
        browser.click(By.linkText("評価書（案）を登録する"));
        browser.driver().findElement(By.id("file")).sendKeys(draftFile().toString());
        browser.click(By.cssSelector("#assessment-form button[type=submit]"));
        browser.waitForText(By.id("status"), "評価書の登録中");
        assertThat(browser.text(By.id("transfers"))).contains("東京都国民健康保険団体連合会", "全国健康保険協会");
        String casePage = browser.driver().getCurrentUrl();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.click(By.cssSelector("#step-assessmentDraft input[value=FULL]"));
        browser.screenshot("assessment-draft");
        browser.takeStep("assessmentDraft", "総務課の確認中");

        // 確認: 総務課 reads the 照合 as advice and accepts
        browser.signInAndOpen("soumu", casePage);
        assertThat(browser.text(By.id("consistency"))).contains("評価書の提供先「全国健康保険協会」がファイル簿「" + FILE.fileName() + "」の経常的提供先にありません。");
        browser.click(By.cssSelector("#step-assessmentCheck input[value=ACCEPTED]"));
        browser.screenshot("assessment-check");
        browser.takeStep("assessmentCheck", "受理（意見聴取前）");

        // 意見聴取: 30 days; when the period ends the department records the comments
        browser.signInAndOpen("shimin", casePage);
        browser.type("/method", "市ホームページ及び市民課窓口でのパブリックコメント");
        browser.type("/startsOn", Wareki.format(today));
        browser.type("/days", "30");
        browser.takeStep("assessmentCommentStart", "意見聴取中");
        browser.runTimers(management, "commentPeriodEnds");
        browser.driver().get(casePage);
        browser.type("/count", "1");
        browser.type("/mainComments", "委託先の監督についての意見");
        browser.type("/reflection", "委託先の監督の記載を追加した。");
        browser.takeStep("assessmentCommentRecord", "付議待ち");

        // 付議: on a meeting as 第三者点検; a member asks a question, the others review
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = secretariat.scheduleMeeting(1201, today.plusDays(35));
        browser.signInAndOpen("jimukyoku", casePage);
        new Select(browser.driver().findElement(By.name("/meetingId"))).selectByValue(Long.toString(meeting));
        browser.takeStep("assessmentMeeting", "委員確認中");
        browser.signInAndOpen("iin-sato", casePage);
        browser.type("/question", "全国健康保険協会への提供の根拠を確認したい。");
        browser.screenshot("assessment-member-review");
        browser.click(By.cssSelector("#step-assessmentMemberReview button[type=submit]"));
        browser.waitForText(By.id("questions"), "全国健康保険協会への提供の根拠");
        String review = casePage.substring(casePage.indexOf("/assessment-reviews/"));
        ok(Api.as(http, "iin-suzuki").post("/api" + review + "/member-review", Map.of()));
        ok(Api.as(http, "iin-takahashi").post("/api" + review + "/member-review", Map.of()));

        // 点検結果, once the meeting is held
        ok(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()));
        ok(secretariat.post("/api/meetings/" + meeting + "/held", null));
        browser.signInAndOpen("jimukyoku", casePage);
        browser.type("/reviewedOn", Wareki.format(today.plusDays(35)));
        browser.type("/method", "小平市情報公開・個人情報保護審議会による点検");
        browser.type("/result", "特定個人情報の取扱いは適切であると認められた。");
        browser.type("/opinion", "全国健康保険協会への提供の根拠を評価書に明記すること。");
        browser.screenshot("assessment-result");
        browser.takeStep("assessmentResult", "提出・公表の記録待ち");

        // 提出・公表, and section V in the .docx
        browser.signInAndOpen("shimin", casePage);
        browser.type("/changes", "提供先2の根拠を明記した。");
        browser.type("/submittedOn", Wareki.format(today.plusDays(45)));
        browser.type("/publishedOn", Wareki.format(today.plusDays(50)));
        browser.takeStep("assessmentCompletion", "完了");
        browser.screenshot("assessment-completed");
        assertThat(browser.accessibilityViolations()).isEmpty();
        HttpResponse<byte[]> sectionV = browser.fetch(browser.driver().findElement(By.linkText("特定個人情報保護評価書 V 評価実施手続"))
                .getAttribute("href"));
        assertThat(sectionV.statusCode()).isEqualTo(200);
        assertThat(Browser.wordText(sectionV.body())).contains("市ホームページ及び市民課窓口でのパブリックコメント",
                Wareki.format(today) + "から" + Wareki.format(today.plusDays(29)) + "まで（30日間）", "委託先の監督についての意見（1件）",
                Wareki.format(today.plusDays(35)), "小平市情報公開・個人情報保護審議会による点検", "特定個人情報の取扱いは適切であると認められた。",
                "全国健康保険協会への提供の根拠を評価書に明記すること。");

        // Compared with other municipalities: who else provides to the same body
        browser.open("/assessment-reviews");
        browser.click(By.linkText("他団体の評価書の提供先を調べる"));
        browser.type("counterpart", "全国健康保険協会");
        browser.click(By.cssSelector("#transfer-search button[type=submit]"));
        browser.waitForText(By.tagName("main"), "健康保険法による保険給付の支給");
        assertThat(browser.texts(By.tagName("h2"))).contains("小平市");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private Path draftFile() {
        try {
            Path file = Files.createTempDirectory("assessment").resolve("国民健康保険_評価書案.docx");
            return Files.write(file, TestDocuments.docx(FILE.assessment()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

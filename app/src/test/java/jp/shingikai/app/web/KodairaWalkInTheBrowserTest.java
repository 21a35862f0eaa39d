package jp.shingikai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.search.index.SearchIndices;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Kodaira 資料1 case walked in a real browser by the people who would do it, each signed in as themselves: the
 * department drafts and submits, 総務課 returns it once and then accepts it, the secretariat puts it on 第3回 and
 * distributes the packet, a member downloads it and marks it reviewed, the secretariat records 附帯意見付き承認, and the
 * department files the registry update and submits the 報告. A screenshot of each step goes to
 * {@code target/screenshots/kodaira-walk/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KodairaWalkInTheBrowserTest {

    private static final String CLOSED_TITLE = "職員の健康診断結果の取扱いについて";
    private static final String CLOSED_SUMMARY = "健診結果の保存期間と閲覧者の範囲を確認した。";

    static final Path SCREENSHOTS = Path.of("target/screenshots/kodaira-walk");

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    SearchCatchUp catchUp;

    @Autowired
    TestRestTemplate http;

    @Autowired
    CouncilDirectory councils;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser("http://localhost:" + port, SCREENSHOTS);
    }

    @AfterAll
    void closeBrowser() {
        councils.setMemberNaming(kodaira().id(), Council.MemberNaming.NAMED);
        browser.close();
    }

    @Test
    void theQuestionnaireCaseGoesFromDraftToReportAsThePeopleWouldDoIt() {
        browser.recordingFailures(this::walk);
    }

    private void walk() {
        // 起案: the department fills the form drawn from the schema; the grounds appear as it answers
        browser.signIn("kankyo");
        browser.screenshot("home-department");
        browser.click(By.linkText("諮問を起案する"));
        fill(Api.kodairaQuestionnaireDraft(), "");
        browser.waitForText(By.id("grounds"), "専門的な知見に基づく意見");
        assertThat(browser.text(By.id("grounds"))).contains("法第129条").doesNotContain("本人以外からの収集");
        assertThat(browser.text(By.id("rules"))).contains("法施行条例期", "小平市個人情報の保護に関する法律施行条例");
        browser.screenshot("draft-form");
        browser.click(By.cssSelector("button[value=submit]"));
        browser.waitForText(By.id("status"), "形式審査中");
        String casePage = browser.driver().getCurrentUrl();
        browser.screenshot("submitted");

        // 形式審査: 総務課 returns it with a reason for one section
        browser.signIn("soumu");
        assertThat(browser.text(By.cssSelector("table.tasks"))).contains("形式審査");
        browser.click(By.partialLinkText("一般廃棄物処理基本計画策定に係る市民アンケート調査"));
        browser.click(By.cssSelector("#step-formalReview input[value=RETURNED]"));
        browser.type("/returnReasons/0/section", "安全対策");
        browser.type("/returnReasons/0/reason", "宛名シールの受渡し方法と保管場所を具体的に記載してください。");
        browser.screenshot("formal-review-return");
        browser.takeStep("formalReview", "差戻し");

        // 修正して再提出
        browser.signInAndOpen("kankyo", casePage);
        browser.click(By.linkText("起案を修正する"));
        browser.type("/safeguards", "宛名シールは書留郵便で委託事業者へ送付し、委託事業者の鍵付保管場所で管理する。");
        browser.click(By.cssSelector("button[value=submit]"));
        browser.waitForText(By.id("status"), "形式審査中");

        // 受理: 総務課 sees what changed and accepts
        browser.signInAndOpen("soumu", casePage);
        assertThat(browser.text(By.id("changes"))).contains("安全対策", "書留郵便");
        for (String check : new String[] {"titleAndReason", "groundsMatchAnswers", "statementsComplete", "registrationAttached",
                "safeguardsDescribed"}) {
            browser.click(By.name("/checklist/" + check));
        }
        browser.click(By.cssSelector("#step-formalReview input[value=ACCEPTED]"));
        browser.screenshot("formal-review-accept");
        browser.takeStep("formalReview", "受理");
        browser.screenshot("accepted");

        // 会議割当 and 資料: the secretariat registers 第3回, puts the case on it, builds and distributes the packet
        LocalDate meetingDay = LocalDate.now().plusDays(30);
        browser.signIn("jimukyoku");
        browser.open("/meetings");
        browser.type("number", "3");
        browser.type("heldOn", Wareki.format(meetingDay));
        browser.type("startsAt", "17:30");
        browser.type("place", "市役所3階 庁議室");
        browser.screenshot("meeting-form");
        browser.click(By.cssSelector("#plan button[type=submit]"));
        browser.waitForText(By.tagName("h1"), "第3回");
        String meetingPage = browser.driver().getCurrentUrl();
        browser.driver().get(casePage);
        new Select(browser.driver().findElement(By.name("/meetingId"))).selectByIndex(1);
        browser.screenshot("meeting-assignment");
        browser.takeStep("meetingAssignment", "審議予定");
        // A second case on the same meeting, held in closed session: the secretariat marks it 非公開 with its reason
        long closedCase = acceptedOnTheMeeting(meetingPage);
        browser.driver().get(meetingPage);
        browser.click(By.cssSelector("form.openness[action$='/agenda/2/openness'] input[name=closed]"));
        browser.driver().findElement(By.id("reason-2")).sendKeys("個人情報を含むため");
        browser.screenshot("agenda-closed");
        browser.click(By.cssSelector("form.openness[action$='/agenda/2/openness'] button[type=submit]"));
        browser.waitForText(By.cssSelector("table.agenda"), "非公開（個人情報を含むため）");
        browser.click(By.xpath("//button[text()='会議資料を作成する']"));
        browser.waitForText(By.cssSelector(".notice"), "会議資料を作成しました");
        browser.click(By.xpath("//button[text()='委員に配布する']"));
        browser.waitForText(By.cssSelector(".notice"), "配布しました");
        browser.screenshot("packet-distributed");

        // 事前確認: a member downloads the packet and marks the case reviewed
        browser.signIn("iin-sato");
        assertThat(browser.text(By.cssSelector("table.tasks"))).contains("事前確認", Wareki.format(meetingDay));
        browser.screenshot("home-member");
        browser.driver().get(meetingPage);
        HttpResponse<byte[]> pdf = browser.fetch(browser.driver().findElement(By.partialLinkText("会議資料（PDF）")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pageCount(pdf.body())).isGreaterThanOrEqualTo(3);
        HttpResponse<byte[]> letter = browser.fetch(downloadLink(casePage, "資料1 諮問書"));
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(Browser.wordText(letter.body())).contains("一般廃棄物処理基本計画策定に係る市民アンケート調査");
        browser.driver().get(casePage);
        browser.type("/comment", "抽出方法と委託事業者での管理方法を確認した。");
        browser.screenshot("member-review");
        browser.click(By.cssSelector("#step-memberReview button[type=submit]"));
        browser.waitForText(By.cssSelector(".notice"), "事前確認");

        // The reminder reaches the member who has not reviewed yet, on the home page
        browser.runTimers(management, "reminderDue");
        browser.signIn("iin-suzuki");
        assertThat(browser.text(By.cssSelector("section[aria-label=お知らせ]"))).contains("事前確認をお願いします");

        // 出欠: holding the meeting is refused until its attendance shows the quorum
        browser.signInAndOpen("jimukyoku", meetingPage);
        browser.click(By.xpath("//button[text()='開催を記録する']"));
        browser.waitForText(By.cssSelector("main"), "出欠がまだ記録されていません");
        browser.driver().get(meetingPage);
        for (WebElement present : browser.driver().findElements(By.cssSelector("#attendance-form input[value=PRESENT]"))) {
            present.click();
        }
        new Select(browser.driver().findElement(By.id("presidedBy"))).selectByVisibleText("佐藤");
        browser.click(By.cssSelector("#attendance-form input[name=presidingRole][value=CHAIR]"));
        browser.type("explainers", "環境部資源循環課長");
        browser.type("publicAttendees", "1");
        browser.screenshot("attendance");
        browser.click(By.xpath("//button[text()='出欠を記録する']"));
        browser.waitForText(By.cssSelector(".notice"), "会議は成立しています");
        assertThat(browser.text(By.id("quorum"))).contains("出席 3人", "委員3人の過半数（2人）");

        // 審議 and 答申: the meeting is held; the secretariat records 附帯意見付き承認
        browser.click(By.xpath("//button[text()='開催を記録する']"));
        browser.waitForText(By.id("meeting-status"), "開催済み");
        browser.driver().get(casePage);
        browser.waitForText(By.id("status"), "審議済み");
        browser.click(By.cssSelector("#step-recordAnswer input[value=APPROVED_WITH_OPINION]"));
        browser.type("/answeredOn", Wareki.format(meetingDay));
        browser.type("/attachedOpinion", "調査終了後、抽出データを速やかに消去すること。");
        browser.screenshot("answer-record");
        browser.takeStep("recordAnswer", "答申済み");
        assertThat(browser.text(By.id("answers"))).contains("附帯意見付き承認", "答申第", "調査終了後、抽出データを速やかに消去すること。");
        assertThat(Api.as(http, "jimukyoku").post("/api/consultations/" + closedCase + "/answer", Map.of("outcome", "APPROVED",
                "answeredOn", meetingDay.toString())).getStatusCode().is2xxSuccessful()).isTrue();

        // 登録簿更新, then the 報告 when it falls due
        browser.signInAndOpen("kankyo", casePage);
        browser.click(By.cssSelector("#step-registryUpdate input[value=START]"));
        browser.type("/effectiveOn", Wareki.format(meetingDay.plusDays(1)));
        browser.click(By.cssSelector("#step-registryUpdate input[name='/processing'][value='電算']"));
        browser.takeStep("registryUpdate", "登録簿更新済み");
        browser.runTimers(management, "implementationReportDue");
        browser.driver().get(casePage);
        browser.waitFor(By.id("step-implementationReport"));
        browser.type("/title", "市民アンケート調査における個人情報の取扱いについて（報告）");
        browser.type("/summary", "住民基本台帳から抽出した2,000件に調査票を送付し、回収後に抽出データを消去した。");
        browser.screenshot("report-draft");
        browser.takeStep("implementationReport", "作成中");
        browser.click(By.xpath("//button[text()='報告を提出する']"));
        browser.waitForText(By.id("status"), "内容確認中");
        browser.screenshot("report-submitted");

        // Both histories read in Japanese, with people's names: no code of an action or a user reaches the page.
        String reportPage = browser.driver().getCurrentUrl();
        for (String page : List.of(casePage, reportPage)) {
            browser.driver().get(page);
            assertThat(browser.texts(By.cssSelector("#history tbody td:nth-child(2)"))).isNotEmpty()
                    .noneMatch(action -> action.matches(".*[A-Z_]{3,}.*"));
            assertThat(browser.texts(By.cssSelector("#history tbody td:nth-child(3)"))).doesNotContain("kankyo", "soumu", "system");
        }

        // 会議録: drafted from the meeting, confirmed by the members (鈴木 comments first), fixed by 佐藤, published
        browser.signInAndOpen("jimukyoku", meetingPage);
        browser.click(By.xpath("//button[text()='会議録を作成する']"));
        browser.waitForText(By.id("status"), "作成中");
        String minutesPage = browser.driver().getCurrentUrl();
        assertThat(browser.text(By.id("attending"))).contains("佐藤", "鈴木", "高橋");
        assertThat(browser.driver().findElement(By.name("/items/0/outcome")).getAttribute("value")).isEqualTo("附帯意見付き承認");
        browser.type("/items/0/statements/0/speaker", "説明者");
        browser.type("/items/0/statements/0/text", "市民アンケート調査の実施方法と、個人情報の取扱いについて説明します。");
        browser.type("/items/1/summary", CLOSED_SUMMARY);
        browser.screenshot("minutes-draft");
        browser.takeStep("minutesDraft", "委員確認中");
        browser.signInAndOpen("iin-suzuki", minutesPage);
        browser.click(By.cssSelector("#step-minutesConfirmation input[value=COMMENTED]"));
        browser.type("/comment", "説明者の所属を記載してください。");
        browser.screenshot("minutes-confirmation");
        browser.click(By.cssSelector("#step-minutesConfirmation button[type=submit]"));
        browser.waitForText(By.cssSelector(".notice"), "「会議録の確認」を完了しました");
        for (String member : List.of("iin-takahashi", "iin-sato")) {
            browser.signIn(member);
            browser.driver().get(minutesPage);
            browser.click(By.cssSelector("#step-minutesConfirmation input[value=CONFIRMED]"));
            browser.click(By.cssSelector("#step-minutesConfirmation button[type=submit]"));
            browser.waitForText(By.cssSelector(".notice"), "「会議録の確認」を完了しました");
        }
        browser.waitForText(By.id("status"), "確定待ち");
        browser.takeStep("minutesFix", "確定（公開待ち）");
        assertThat(browser.text(By.id("confirmations"))).contains("意見あり", "説明者の所属を記載してください。");
        // Kodaira anonymises its members in what it publishes
        councils.setMemberNaming(kodaira().id(), Council.MemberNaming.ANONYMISED);
        browser.signInAndOpen("jimukyoku", minutesPage);
        browser.takeStep("minutesPublish", "公開済み");
        assertThat(browser.text(By.id("versions"))).contains("第1版（確定）");
        browser.driver().get(casePage);
        assertThat(browser.text(By.id("minutes-excerpt"))).as("the case page quotes its 議題 from the fixed 会議録")
                .contains("説明者：市民アンケート調査の実施方法と、個人情報の取扱いについて説明します。");

        // The pages of the walk, as full as they get, meet WCAG 2.1 AA (JIS X 8341-3 AA).
        List<String> violations = new ArrayList<>();
        for (String page : List.of(casePage, meetingPage, minutesPage)) {
            browser.driver().get(page);
            browser.waitFor(By.cssSelector("main h1"));
            violations.addAll(browser.accessibilityViolations());
        }
        // Residents read it on the portal without signing in: the 公開版 with its files, and the search.
        browser.driver().manage().deleteAllCookies();
        browser.open("/public/kodaira/minutes/" + minutesPage.substring(minutesPage.lastIndexOf('/') + 1));
        browser.waitFor(By.id("public-files"));
        assertThat(browser.texts(By.cssSelector("#public-files a"))).anyMatch(file -> file.startsWith("会議録（公開版）"))
                .anyMatch(file -> file.startsWith("会議次第")).anyMatch(file -> file.startsWith("資料1 答申書"));
        browser.screenshot("public-minutes");
        String published = browser.text(By.tagName("main"));
        assertThat(published).contains("委員A", "委員B", "委員C", "非公開としたため掲載していません（個人情報を含むため）")
                .doesNotContain("佐藤", "鈴木", "高橋", CLOSED_TITLE, CLOSED_SUMMARY);
        violations.addAll(browser.accessibilityViolations());
        try {
            catchUp.index(SearchIndices.PUBLIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.open("/public/kodaira/search?q=" + URLEncoder.encode("市民アンケート", StandardCharsets.UTF_8));
        browser.waitFor(By.id("public-results"));
        assertThat(browser.text(By.cssSelector("#public-results h2"))).matches("「市民アンケート」の検索結果：[1-9]\\d*件");
        browser.screenshot("public-search");
        violations.addAll(browser.accessibilityViolations());
        assertThat(violations).isEmpty();

        // 監査ログ: the whole walk, in order
        browser.signIn("soumu");
        browser.open("/audit?subjectType=CONSULTATION");
        browser.screenshot("audit");
        assertThat(browser.texts(By.cssSelector("#audit tbody td:nth-child(4)")).stream()
                .map(summary -> summary.replaceFirst("^諮問 \\d+: ", "")).toList())
                .containsSubsequence("起案（起案中）", "提出（形式審査中）", "差戻し（差戻し）", "修正（差戻し）", "提出（形式審査中）",
                        "受理（受理（会議割当待ち））", "会議への割当（審議予定）", "委員の事前確認（審議予定）", "審議（審議済み（答申記録待ち））",
                        "答申の記録（答申済み（登録簿更新待ち））", "登録簿の更新（登録簿更新済み（実施報告待ち））");
        browser.open("/audit");
        assertThat(browser.texts(By.cssSelector("#audit tbody td:nth-child(3)"))).contains("ログイン", "文書の作成", "文書のダウンロード");
        assertThat(browser.texts(By.cssSelector("#audit tbody td:nth-child(4)")).stream()
                .map(summary -> summary.replaceFirst("^(諮問|報告) \\d+: ", "")).toList())
                .as("the report's own steps follow the case's, in the one log")
                .containsSubsequence("ログインしました", "起案（起案中）", "受理（受理（会議割当待ち））",
                        FiscalYear.of(meetingDay).label() + " 第3回 の会議資料を委員に配布しました",
                        "「資料1 諮問書」第1版をダウンロードしました", "答申の記録（答申済み（登録簿更新待ち））", "起案（作成中）",
                        "提出（内容確認中）");
    }

    /** The closed case, through the API: drafted, submitted, accepted and put on the meeting as 資料2. */
    private long acceptedOnTheMeeting(String meetingPage) {
        long meeting = Long.parseLong(meetingPage.substring(meetingPage.lastIndexOf('/') + 1));
        Api department = Api.as(http, "kankyo");
        long id = department.post("/api/consultations", Api.kodairaQuestionnaireDraft().put("title", CLOSED_TITLE)).getBody()
                .path("id").asLong();
        department.post("/api/consultations/" + id + "/submit", null);
        Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED);
        assertThat(Api.as(http, "jimukyoku").post("/api/consultations/" + id + "/meeting-assignment",
                Map.of("meetingId", meeting)).getStatusCode().is2xxSuccessful()).isTrue();
        return id;
    }

    private Council kodaira() {
        return councils.councilByCode("kodaira").orElseThrow();
    }

    private String downloadLink(String casePage, String title) {
        browser.driver().get(casePage);
        return browser.driver().findElement(By.linkText(title)).getAttribute("href");
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types the example draft into the form: text into inputs named by JSON pointer, ticks for true, choices clicked. */
    private void fill(JsonNode value, String pointer) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fill(field.getValue(), pointer + "/" + field.getKey());
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                fill(value.get(i), pointer + "/" + i);
            }
        } else if (value.isBoolean()) {
            WebElement box = browser.driver().findElement(By.name(pointer));
            if (box.isSelected() != value.asBoolean()) {
                browser.click(By.name(pointer));
            }
        } else {
            WebElement input = browser.driver().findElement(By.name(pointer));
            if ("radio".equals(input.getAttribute("type"))) {
                browser.click(By.cssSelector("input[name='" + pointer + "'][value='" + value.asText() + "']"));
            } else {
                browser.type(pointer, value.asText());
            }
        }
    }
}

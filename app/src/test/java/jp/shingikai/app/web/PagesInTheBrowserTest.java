package jp.shingikai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.selenium.AxeBuilder;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.CouncilPapers;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages beside the case walk, in a real browser: importing published registries and reading the result, the
 * precedent search with its facets, what a form does with a mistake, a tablet's width, and the sign-in defences.
 */
@DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchCatchUp searchCatchUp;

    /** A user of this test alone, since a locked name stays locked for the other tests of this context. */
    private static final String LOCKED_OUT = "kensho-taro";

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestRestTemplate http;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        accounts.create(LOCKED_OUT, "検証 太郎", "demo-" + LOCKED_OUT, null, List.of(Role.VIEWER));
        browser = new Browser("http://localhost:" + port, KodairaWalkInTheBrowserTest.SCREENSHOTS.resolveSibling("pages"));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void publishedRegistriesAreImportedFromThePageAndSearchedAcrossMunicipalities(@TempDir Path files) throws Exception {
        browser.recordingFailures(() -> {
            try {
                // Renamed, so that what other tests of this application context imported does not count here.
                Path pdf = Files.write(files.resolve("asaka-registry-report.pdf"), TestDocuments.publishedPdf(
                        Fixtures.text("kawaguchi-2014-council-registry-report.txt").replace("川口市", "朝霞市")));
                Path mitaka = Files.write(files.resolve("kiyose-report.docx"),
                        TestDocuments.docx(Fixtures.text("mitaka-2021-privacy-system-report.txt").replace("三鷹市", "清瀬市")));
                Path broken = Files.write(files.resolve("broken.docx"), new byte[] {1, 2, 3});

                browser.signIn("soumu");
                browser.open("/registry/import");
                browser.driver().findElement(By.id("files")).sendKeys(pdf + "\n" + mitaka + "\n" + broken);
                browser.click(By.cssSelector("#import-form button[type=submit]"));
                browser.waitFor(By.id("summary"));
                assertThat(browser.text(By.id("summary"))).contains("asaka-registry-report.pdf", "取り込みました", "kiyose-report.docx",
                        "broken.docx", "取り込めません");
                assertThat(browser.accessibilityViolations()).as("the import result").isEmpty();
                browser.screenshot("registry-import");

                browser.open("/registry?municipality=朝霞市&name=被災者支援");
                browser.click(By.linkText("被災者支援システム運用業務"));
                assertThat(browser.text(By.id("version-1"))).contains("新規登録", "平成25年12月10日", "asaka-registry-report.pdf");
                assertThat(browser.accessibilityViolations()).as("a registry entry").isEmpty();
                browser.screenshot("registry-entry");

                                searchCatchUp.index(SearchIndices.REGISTRY);
                browser.signIn("etsuran");
                browser.open("/precedents?scope=registry&q=個人番号");
                assertThat(browser.texts(By.cssSelector(".facets li a"))).contains("清瀬市");
                assertThat(browser.text(By.id("comparison"))).contains("清瀬市", "住民基本台帳事務");
                browser.open("/precedents?scope=registry&q=\"被災者支援システム\"&year=平成25年&municipality=朝霞市");
                assertThat(browser.text(By.cssSelector(".hit"))).contains("【被災者支援システム】");
                browser.screenshot("precedent-search");
                browser.open("/precedents?scope=registry&year=令和百年");
                assertThat(browser.text(By.cssSelector(".error-summary"))).contains("年として読めません");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void anotherCouncilsPacketIsImportedAndItsCasesAreFoundAndReadAsPrecedents(@TempDir Path files) throws Exception {
        browser.recordingFailures(() -> {
            try {
                Path packet = Files.write(files.resolve("fuchu-packet.pdf"),
                        TestDocuments.unruledPdf(CouncilPapers.MACHIDA_PACKET.replace("町田市", "府中市")));
                browser.signIn("soumu");
                browser.open("/registry/import");
                browser.driver().findElement(By.id("files")).sendKeys(packet.toString());
                browser.click(By.cssSelector("#import-form button[type=submit]"));
                browser.waitFor(By.id("summary"));
                assertThat(browser.text(By.id("summary"))).contains("fuchu-packet.pdf", "審議会資料");

                searchCatchUp.index(SearchIndices.CONSULTATIONS);
                browser.signIn("etsuran");
                browser.open("/precedents?scope=consultations&municipality=府中市&q=防災アプリ");
                assertThat(browser.texts(By.cssSelector(".facets li a"))).contains("府中市", "諮問");
                browser.click(By.linkText("防災アプリの導入に伴うオンライン結合による個人情報の提供について"));
                browser.waitFor(By.id("kind"));
                assertThat(browser.text(By.id("municipality"))).isEqualTo("府中市");
                assertThat(browser.text(By.id("meeting"))).isEqualTo("第2回（令和5年8月24日）");
                assertThat(browser.text(By.id("department"))).isEqualTo("防災安全部防災課");
                assertThat(browser.text(By.id("grounds"))).isEqualTo("オンライン結合による外部提供");
                assertThat(browser.text(By.id("outcome"))).contains("答申はまだ取り込まれていません");
                assertThat(browser.accessibilityViolations()).as("a published case").isEmpty();
                browser.screenshot("published-case");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aMistakeIsShownNextToItsFieldAndEverythingTypedStays() {
        browser.recordingFailures(() -> {
            browser.signIn("shimin");
            browser.open("/consultations/new");
            browser.type("/title", "住民票の写し等交付事務における本人確認情報の外部提供について");
            browser.type("/purpose", "交付の際の本人確認のため。");
            browser.type("/plannedStart", "令和4年2月30日");
            browser.click(By.cssSelector("button[value=save]"));
            browser.waitFor(By.cssSelector(".error-summary"));
            assertThat(browser.text(By.cssSelector(".invalid"))).contains("開始予定日");
            assertThat(browser.driver().findElement(By.name("/title")).getAttribute("value"))
                    .isEqualTo("住民票の写し等交付事務における本人確認情報の外部提供について");
            assertThat(browser.driver().findElement(By.name("/purpose")).getAttribute("value")).isEqualTo("交付の際の本人確認のため。");
            assertThat(browser.driver().findElement(By.name("/plannedStart")).getAttribute("value")).isEqualTo("令和4年2月30日");
            browser.screenshot("draft-error");
        });
    }

    /**
     * A subject page whose draft two people edit: what is typed first, the colleague's save through the API, and the
     * field typed into the stale form.
     */
    record StaleEdit(String base, String save, String status, String editLink, Map<String, String> typedFirst,
            Map<String, String> colleaguesSave, String field, String typed) {
    }

    static List<StaleEdit> staleEdits() {
        return List.of(new StaleEdit("/consultations", "button[value=save]", "起案中", "起案を修正する",
                Map.of("/title", "住民基本台帳の閲覧事務について"), Map.of("title", "住民基本台帳の閲覧事務について（同僚の修正）"),
                "/purpose", "閲覧の申出の審査のため。"),
                new StaleEdit("/reports", "main form button[type=submit]", "作成中", "報告を修正する",
                        Map.of("/title", "住民票の写しの交付事務の委託について（事後報告）", "/summary", "窓口業務の一部を委託した。"),
                        Map.of("title", "住民票の写しの交付事務の委託について（同僚の修正）", "summary", "窓口業務の一部を委託した。"),
                        "/details", "委託先は個人情報の取扱いに関する特記事項を遵守する。"));
    }

    @ParameterizedTest
    @MethodSource("staleEdits")
    void anEditBasedOnAnOlderVersionIsRefusedAndTheTypedTextStays(StaleEdit edit) {
        browser.recordingFailures(() -> {
            browser.signIn("shimin");
            browser.open(edit.base() + "/new");
            edit.typedFirst().forEach(browser::type);
            browser.click(By.cssSelector(edit.save()));
            browser.waitForText(By.id("status"), edit.status());
            assertThat(browser.accessibilityViolations()).as("the subject page").isEmpty();
            String subjectPage = browser.driver().getCurrentUrl();
            browser.click(By.linkText(edit.editLink()));
            // Meanwhile a colleague saves the same draft through the API.
            String id = subjectPage.substring(subjectPage.lastIndexOf('/') + 1);
            assertThat(Api.as(http, "shimin").put("/api" + edit.base() + "/" + id, edit.colleaguesSave(), "\"0\"").getStatusCode().value())
                    .isEqualTo(200);

            browser.type(edit.field(), edit.typed());
            browser.click(By.cssSelector(edit.save()));

            browser.waitForText(By.cssSelector(".error-summary"), "他の人が先に更新");
            assertThat(browser.accessibilityViolations()).as("the form refused with its error summary").isEmpty();
            assertThat(browser.driver().findElement(By.name(edit.field())).getAttribute("value")).isEqualTo(edit.typed());
            assertThat(browser.driver().findElement(By.name("/title")).getAttribute("value"))
                    .as("the form still holds this person's edit, not the colleague's").doesNotContain("同僚");
        });
    }

    @Test
    void thePublicPortalMeetsWcag21AaWithNoSignIn() {
        browser.recordingFailures(() -> {
            browser.driver().manage().deleteAllCookies();
            browser.open("/public/kodaira");
            browser.waitForText(By.cssSelector("h1"), "審議会");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("public-portal");

            // The same check finds what it should: an image without alternative text on a page without a language.
            browser.driver().get("data:text/html;charset=utf-8,<html><head><title>t</title></head><body><img src='x.png'></body></html>");
            assertThat(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser.driver()).getViolations())
                    .extracting(rule -> rule.getId()).contains("image-alt", "html-has-lang");
        });
    }

    @Test
    void theStaffPagesMeetWcag21Aa() {
        browser.recordingFailures(() -> {
            List<String> found = new ArrayList<>();
            for (String user : List.of("jimukyoku", "kankyo")) {
                browser.signIn(user);
                for (String path : List.of("/", "/consultations", "/consultations/new", "/reports", "/reports/new", "/meetings",
                        "/precedents", "/precedents?scope=consultations", "/registry", "/registry/import", "/registry/review", "/audit",
                        "/account/mail", "/account/tokens",
                        "/consultations/999999")) {
                    browser.open(path);
                    browser.waitFor(By.cssSelector("main h1"));
                    found.addAll(browser.accessibilityViolations());
                }
            }
            assertThat(found).isEmpty();
        });
    }

    @Test
    void thePagesFitATabletsWidth() {
        browser.recordingFailures(() -> {
            browser.signIn("jimukyoku");
            browser.driver().manage().window().setSize(new Dimension(768, 1024));
            try {
                for (String page : new String[] {"/", "/consultations", "/meetings", "/precedents", "/registry", "/audit"}) {
                    browser.open(page);
                    Long overflow = (Long) browser.driver().executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(overflow).as("horizontal overflow on %s", page).isLessThanOrEqualTo(0L);
                }
                browser.screenshot("tablet-meetings");
            } finally {
                browser.driver().manage().window().setSize(new Dimension(1280, 1000));
            }
        });
    }

    @Test
    void signingInStartsANewSession() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.type("username", "etsuran");
        browser.type("password", "demo-etsuran");
        browser.click(By.cssSelector("main form button[type=submit]"));
        browser.waitFor(By.cssSelector(".site-header .who"));

        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .as("the session id a visitor was given before signing in is not the one they use after").isNotEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheNameAndFormsNeedTheirToken() throws Exception {
        browser.recordingFailures(() -> {
            for (int i = 0; i < 5; i++) {
                browser.driver().manage().deleteAllCookies();
                browser.open("/login");
                browser.type("username", LOCKED_OUT);
                browser.type("password", "wrong-" + i);
                browser.click(By.cssSelector("main form button[type=submit]"));
                browser.waitFor(By.cssSelector(".error-summary"));
            }
            browser.open("/login");
            browser.type("username", LOCKED_OUT);
            browser.type("password", "demo-" + LOCKED_OUT);
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText(By.cssSelector(".error-summary"), "ログインの失敗が続いたため");
            browser.screenshot("login-locked");
        });
        // A form posted from elsewhere, without the page's CSRF token, is refused even with a valid session.
        browser.signIn("kankyo");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/consultations/new"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("%2Ftitle=forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}

package jp.shingikai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the page tests: Debian's chromium, driven through Debian's chromedriver (both installed by
 * .ci/run; nothing is downloaded at run time), headless, at a desk screen's 1280 pixels unless told otherwise.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final int GUIDE_HEIGHT = 1500;
    private static final String FAILED = "failed";

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;
    private int shot;

    Browser(String base, Path screenshots) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=ja-JP", "--window-size=1280,1000",
                "--font-render-hinting=none");
        // Nothing in the background: no updates, sync, translation or metrics competing with the pages for the CPU.
        options.addArguments("--disable-gpu", "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-default-apps", "--disable-sync", "--no-first-run", "--metrics-recording-only",
                "--disable-features=Translate,MediaRouter,OptimizationHints");
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        this.screenshots = screenshots;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo-" + username);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.cssSelector(".site-header .who"));
    }

    /** Signs in as this person and opens a page by its full address, as following a link from a notice would. */
    void signInAndOpen(String username, String url) {
        signIn(username);
        driver.get(url);
    }

    WebElement waitFor(By locator) {
        return waiting(20).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * A wait that looks again when the page was replaced under it (a click's navigation still under way), every tenth
     * of a second rather than Selenium's half.
     */
    private WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(100));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    /** Types into the input named by its JSON pointer (the forms name inputs so). */
    void type(String name, String value) {
        WebElement input = waitFor(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    /** Clicks the element once the page shows it (a page still loading after the last click is waited for). */
    void click(By locator) {
        WebElement element = waiting(20).until(ExpectedConditions.presenceOfElementLocated(locator));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Sends a case page's step form, as filled in, and waits for the case to reach the status it leads to. */
    void takeStep(String step, String statusAfter) {
        click(By.cssSelector("#step-" + step + " button[type=submit]"));
        waitForText(By.id("status"), statusAfter);
    }

    /**
     * Makes the timers of this element due now rather than on their date, as if the clock had moved on, and waits for
     * the job executor to run them.
     */
    void runTimers(ManagementService management, String element) {
        List<Job> timers = management.createTimerJobQuery().elementId(element).list();
        assertThat(timers).as("the timer %s is scheduled", element).isNotEmpty();
        for (Job timer : timers) {
            String job = management.moveTimerToExecutableJob(timer.getId()).getId();
            waiting(30).until(driver -> management.createJobQuery().jobId(job).count() == 0);
        }
    }

    /** The text of a downloaded .docx, as docx4j reads it. */
    static String wordText(byte[] docx) {
        try {
            WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A full-page screenshot, numbered in the order taken, under the test's screenshot folder: of the page a test failed
     * on, and of every page named when the user guide's pictures are asked for ({@code -Dscreenshots.docs}). A plain run
     * takes no others, since laying out and encoding a whole page is among the browser's costliest work.
     */
    void screenshot(String name) {
        if (guideFolder().isEmpty() && !name.equals(FAILED)) {
            return;
        }
        try {
            Files.createDirectories(screenshots);
            driver.executeScript("window.scrollTo(0, 0);");
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, Math.max(height + 120, 800))));
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++shot, name));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(file, png);
            driver.manage().window().setSize(before);
            keepForTheUserGuide(name, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With {@code -Dscreenshots.docs=<folder>} (the README's user guide uses docs/screenshots), each screenshot is also
     * kept there under its name, cut to the first screenful and a half so the guide stays light.
     */
    private static Optional<String> guideFolder() {
        return Optional.ofNullable(System.getProperty("screenshots.docs")).filter(folder -> !folder.isBlank());
    }

    private static void keepForTheUserGuide(String name, byte[] png) throws IOException {
        Optional<String> folder = guideFolder();
        if (folder.isEmpty() || name.equals(FAILED)) {
            return;
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage top = image.getSubimage(0, 0, image.getWidth(), Math.min(image.getHeight(), GUIDE_HEIGHT));
        Path target = Path.of(folder.get()).resolve(name + ".png");
        Files.createDirectories(target.getParent());
        ImageIO.write(top, "png", target.toFile());
    }

    /** Runs the steps; if one fails, the page it failed on is kept (screenshot and HTML) beside the others. */
    void recordingFailures(Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            screenshot(FAILED);
            try {
                Files.writeString(screenshots.resolve("failed.html"), driver.getPageSource());
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    /** Fetches a link with the browser's session, as a download would: the status and the bytes. */
    HttpResponse<byte[]> fetch(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href : base + href))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** What axe-core finds against WCAG 2.1 AA (JIS X 8341-3 AA) on the page shown: rule, help and where. */
    List<String> accessibilityViolations() {
        return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver).getViolations()
                .stream().map(rule -> driver.getCurrentUrl() + ": " + rule.getId() + " " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }
}

package org.povertyexit.monitor.service.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (both installed by scripts/install-chromium.sh; Selenium is never let to download one).
 * One browser per test class; screenshots go to target/screenshots/.
 */
@Tag("browser")
public abstract class BrowserTest extends ServiceTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final Path DOWNLOADS = temporaryFolder("browser-downloads");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void openBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium and chromedriver are missing: run scripts/install-chromium.sh "
                    + "(the README's test command does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1440,1000",
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs the browser in as a user with these roles (made or replaced now), from the sign-in form. */
    protected void signInAs(String name, Role... roles) {
        as(name, roles);
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.cssSelector("nav .navbar-nav"));
    }

    protected WebElement waitFor(By what) {
        return waitFor(what, Duration.ofSeconds(20));
    }

    protected WebElement waitFor(By what, Duration atMost) {
        return new WebDriverWait(browser, atMost).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** The value a figure shows for its metric ({@code data-metric} / {@code data-value}). */
    protected String metric(WebElement within, String metric) {
        return within.findElement(By.cssSelector("[data-metric='" + metric + "']")).getAttribute("data-value");
    }

    /**
     * Saves the whole page (not just the window) as target/screenshots/NAME.png, through Chromium's own
     * capture beyond the viewport: the window is never resized, so nothing moves under a later click.
     */
    @SuppressWarnings("unchecked")
    protected static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
            Number width = (Number) browser.executeScript("return window.innerWidth");
            Map<String, Object> clip = Map.of("x", 0, "y", 0,
                    "width", Math.max(size.get("width").doubleValue(), width.doubleValue()),
                    "height", Math.min(size.get("height").doubleValue(), 8000), "scale", 1);
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package se.samverka.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverka.support.Fixtures;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium on the application under test, started once per test class: opens pages, signs in
 * and out, and has axe-core check the page shown for WCAG 2.1 A and AA.
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** How long finding an element waits for it to appear, as on a page that is still loading. */
    private static final Duration WAIT = Duration.ofSeconds(2);

    /** The narrowest width a page must work at without scrolling sideways (WCAG 1.4.10: 320 CSS pixels). */
    private static final int PHONE_WIDTH = 320;
    private static final String WIDER_THAN_THE_WINDOW = """
            const width = document.documentElement.clientWidth;
            const wider = e => e.getBoundingClientRect().right > width + 1;
            return [...document.querySelectorAll('body *')]
                .filter(e => wider(e) && (!e.closest('.table-wrap') || wider(e.closest('.table-wrap'))))
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 60));""";

    private final WebDriver driver;
    private final int port;
    private int textPercent = 100;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** Starts Chromium for the application listening on the port. */
    static Browser start(int port) throws IOException {
        File chromedriver = new File("/usr/bin/chromedriver");
        assertThat(chromedriver.canExecute()).as("chromedriver (apt-get install chromium chromium-driver; .ci/run does it)")
                .isTrue();
        Path profile = Files.createTempDirectory("samverka-chromium");
        var options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1024", "--lang=sv-SE", "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build(), options);
        driver.manage().timeouts().implicitlyWait(WAIT);
        // Headless Chromium 150 gives a loaded page no focus until the first key press, so an autofocused field
        // is document.activeElement without :focus or :focus-visible. A user's browser window has the focus.
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return new Browser(driver, port);
    }

    WebDriver driver() {
        return driver;
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Opens the page, which must not scroll sideways at {@value #PHONE_WIDTH} px ({@link #assertFitsAPhone}). */
    void open(String path) {
        driver.get("http://localhost:" + port + path);
        assertFitsAPhone();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Clicks the submit button and waits for the page the form's answer leads to. */
    void submit(By button) {
        nextPage(() -> driver.findElement(button).click());
    }

    /** Clicks the link and waits for the page it leads to. */
    void follow(By link) {
        nextPage(() -> driver.findElement(link).click());
    }

    /**
     * Does what leads to another page (a form sent, a link followed) and waits until a loaded page has replaced the
     * one shown. Reading the page right after a click may read the old one, or fail with a stale element as the
     * browser navigates away; Chromium may even answer a question about the old page mid-navigation with any
     * WebDriverException. So the page is marked in a script first, and the wait asks through scripts, ignoring
     * those, for a loaded page without the mark.
     */
    void nextPage(Runnable navigation) {
        String mark = UUID.randomUUID().toString();
        script("window.samverkaPage = arguments[0];", mark);
        navigation.run();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> !mark.equals(script("return window.samverkaPage;"))
                        && "complete".equals(script("return document.readyState;")));
        assertFitsAPhone();
    }

    /**
     * Every page the browser tests come to, as it is shown (with its errors, after a form was sent), laid out
     * {@value #PHONE_WIDTH} px wide for a moment, must not scroll sideways (WCAG 1.4.10: only a table may, inside its
     * own scroll box). The viewport is emulated rather than the window resized, so the page is not loaded again and
     * the check takes milliseconds. Text enlarged by {@link #atTextSize} is left out: 1.4.10 is at 100 %.
     */
    private void assertFitsAPhone() {
        if (textPercent != 100 || !"text/html".equals(script("return document.contentType;"))) {
            return;
        }
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 800, "deviceScaleFactor", 0, "mobile", false));
        try {
            int overflow = ((Number) script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
            if (overflow > 0) {
                throw new AssertionError("%s is %d px wider than a %d px window: it scrolls sideways (WCAG 1.4.10); wider: %s"
                        .formatted(driver.getCurrentUrl(), overflow, PHONE_WIDTH, script(WIDER_THAN_THE_WINDOW)));
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void waitFor(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(driver.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
    }

    void signOut() {
        submit(By.cssSelector("form.logout button"));
    }

    /**
     * What axe-core finds against WCAG 2.1 A and AA on the page shown. It looks for frames to scan too, and with
     * the implicit wait each look for none would take {@link #WAIT}: it waits for nothing meanwhile. Legacy mode
     * runs axe in the page rather than finishing in a new window, in half the time; the pages have no frames.
     */
    List<Rule> violations() {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            AxeRunOptions violationsOnly = new AxeRunOptions();
            violationsOnly.setResultTypes(List.of("violations"));
            return new AxeBuilder().withOptions(violationsOnly).withTags(WCAG_21_AA).setLegacyMode(true).analyze(driver)
                    .getViolations();
        } finally {
            driver.manage().timeouts().implicitlyWait(WAIT);
        }
    }

    /** The page shown has no WCAG 2.1 A or AA violations that axe-core finds; {@code page} names it in the failure. */
    void assertAccessible(String page) {
        List<Rule> violations = violations();
        assertThat(violations)
                .as(() -> page + ": " + violations.stream()
                        .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** Runs {@code pages} with the window {@code width} pixels wide, then gives the window its width back. */
    void atWidth(int width, Runnable pages) {
        var window = driver.manage().window();
        var wide = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(width, 800));
        try {
            pages.run();
        } finally {
            window.setSize(wide);
        }
    }

    /**
     * Runs {@code pages} with the browser's text size at {@code percent} of its default (16 px), as a user sets it in
     * the browser's settings (WCAG 1.4.4), then sets it back.
     */
    void atTextSize(int percent, Runnable pages) {
        fontSizes(16 * percent / 100, 13 * percent / 100);
        textPercent = percent;
        try {
            pages.run();
        } finally {
            fontSizes(16, 13);
            textPercent = 100;
        }
    }

    private void fontSizes(int standard, int fixed) {
        ((ChromeDriver) driver).executeCdpCommand("Page.setFontSizes",
                Map.of("fontSizes", Map.of("standard", standard, "fixed", fixed)));
    }

    /**
     * Opens the page, which must not scroll sideways (WCAG 1.4.10: only a table may, inside its own scroll box), and
     * passes axe. The failure names up to five elements wider than the window.
     */
    void assertReflows(String path) {
        open(path);
        Object wider = script(WIDER_THAN_THE_WINDOW);
        int width = driver.manage().window().getSize().getWidth();
        assertThat(((Number) script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue())
                .as("%s at %d px does not scroll sideways (WCAG 1.4.10); wider: %s", path, width, wider)
                .isLessThanOrEqualTo(0);
        assertAccessible(path + " vid " + width + " px");
    }

    @Override
    public void close() {
        driver.quit();
    }
}

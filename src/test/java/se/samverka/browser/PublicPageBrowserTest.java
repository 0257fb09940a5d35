package se.samverka.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * A coordinator writes the centre's public page with the keyboard, previews and publishes it; then every public page
 * of the directory, in Swedish and English, and the editing page pass axe-core and two independent checkers: pa11y
 * with HTML_CodeSniffer and the Nu HTML Checker. The public pages reflow at 320 px and at 200 % text size.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPageBrowserTest {

    private static final String VANERSBORG = "1487";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private Browser browser;
    private Keyboard keyboard;
    private Fixtures.Centre centre;
    private String coordinator;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(port);
        keyboard = new Keyboard(browser);
        centre = fixtures.centre(VANERSBORG, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, false);
        coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        browser.signIn(coordinator);
        String editor = "/centres/" + centre.id() + "/public-page";
        browser.open(editor);
        keyboard.type(By.id("contact-phone"), "0521-72 10 00");
        keyboard.type(By.id("contact-transit"), "Vänersborgs resecentrum");
        keyboard.type(By.id("contact-latitude"), "58,3807");
        keyboard.type(By.id("contact-longitude"), "12,3234");
        keyboard.submit(By.cssSelector("form[action$='/contact'] button[type=submit]"));
        assertThat(browser.text()).contains("Kontaktuppgifterna är sparade i utkastet.");

        keyboard.choose(By.id("hours-kind"), "Drop-in");
        keyboard.choose(By.id("hours-operation"), "Öppen förskola");
        keyboard.toggle(By.id("day-TUESDAY"));
        keyboard.toggle(By.id("day-THURSDAY"));
        keyboard.type(By.id("hours-opens"), "09.00");
        keyboard.type(By.id("hours-closes"), "12.00");
        keyboard.submit(By.cssSelector("form[action$='/hours'] button[type=submit]"));
        assertThat(browser.text()).contains("Tiderna är tillagda i utkastet.", "Tisdag, torsdag");

        keyboard.toggle(By.id("feature-HEARING_LOOP"));
        keyboard.toggle(By.id("language-ar"));
        keyboard.submit(By.cssSelector("form[action$='/accessibility'] button[type=submit]"));
        browser.assertAccessible("sidan för allmänheten");

        keyboard.follow(By.linkText("Förhandsgranska på svenska"));
        assertThat(browser.text()).contains("Förhandsgranskning av utkastet", "0521-72 10 00", "Hörslinga",
                "Personalen talar", "Arabiska");
        browser.assertAccessible("förhandsgranskning");
        keyboard.follow(By.linkText("Tillbaka till redigeringen"));
        keyboard.submit(By.xpath("//button[normalize-space()='Publicera utkastet']"));
        assertThat(browser.text()).contains("Utkastet är publicerat.");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theEditingPageAndEveryPublicPagePassTwoIndependentCheckers() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : publicPages()) {
            pages.put(path, fetch(path, null));
        }
        String session = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        String editor = "/centres/" + centre.id() + "/public-page";
        pages.put(editor, fetch(editor, session));
        pages.put(editor + "/preview/en", fetch(editor + "/preview/en", session));
        assertThat(pages.get("/hitta/" + centre.id())).contains("0521-72 10 00");

        assertThat(Checkers.vnu(pages)).as("the Nu HTML Checker's errors").isEmpty();
        List<String> anonymous = pages.keySet().stream().filter(p -> !p.startsWith("/centres"))
                .map(p -> "http://localhost:" + port + p).toList();
        List<String> signedIn = pages.keySet().stream().filter(p -> p.startsWith("/centres"))
                .map(p -> "http://localhost:" + port + p).toList();
        assertThat(Checkers.pa11y(anonymous, null)).as("pa11y (HTML_CodeSniffer)").hasSize(anonymous.size())
                .allSatisfy((url, errors) -> assertThat(errors).as(url).isEmpty());
        assertThat(Checkers.pa11y(signedIn, session)).as("pa11y (HTML_CodeSniffer), signed in")
                .hasSize(signedIn.size()).allSatisfy((url, errors) -> assertThat(errors).as(url).isEmpty());
    }

    @Test
    void thePublicPagesPassAxeAndReflowAt320PixelsAndAt200PercentText() {
        for (String path : publicPages()) {
            browser.open(path);
            browser.assertAccessible(path);
        }
        browser.atWidth(320, () -> publicPages().forEach(browser::assertReflows));
        browser.atTextSize(200, () -> {
            browser.open("/hitta");
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return getComputedStyle(document.body).fontSize")).isEqualTo("32px");
            publicPages().forEach(browser::assertReflows);
        });
    }

    @Test
    void aLanguageWrittenFromRightToLeftIsLaidOutFromTheRight() {
        browser.open("/ar-xb/hitta/" + centre.id());
        var html = browser.find(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar-XB");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        var script = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        assertThat(script.executeScript("return getComputedStyle(document.querySelector('main h1')).direction"))
                .isEqualTo("rtl");
        assertThat(((Number) script.executeScript("""
                const text = document.createRange();
                text.selectNodeContents(document.querySelector('main h2'));
                const h = text.getBoundingClientRect();
                const main = document.querySelector('main').getBoundingClientRect();
                return (main.right - h.right) - (h.left - main.left);""")).doubleValue())
                .as("the heading's text stands at the right, not at the left").isLessThan(0);
        assertThat(browser.text()).contains("\u202eFind a family centre\u202c");
        keyboard.follow(By.linkText("Svenska"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/hitta/" + centre.id());
        assertThat(browser.find(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
    }

    private List<String> publicPages() {
        return List.of("/hitta", "/hitta?kommun=" + VANERSBORG, "/hitta?nara=58.38,12.32", "/hitta/" + centre.id(),
                "/en/hitta", "/en/hitta?kommun=" + VANERSBORG, "/en/hitta/" + centre.id(), "/ar-xb/hitta",
                "/ar-xb/hitta/" + centre.id(), "/tillganglighet", "/en/tillganglighet");
    }

    private String fetch(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }
    }
}

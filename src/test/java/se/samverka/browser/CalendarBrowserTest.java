package se.samverka.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The calendar page with the keyboard alone, in Debian's headless Chromium, on the test clock's December 2026: a
 * coordinator of two centres goes from the centre filter through the view switch and the months to the entries,
 * moves to the next month and finds the focus on its heading, shows the list and one centre; a county administrator
 * finds the regional notice deadline. Each page passes axe-core (WCAG 2.1 A and AA), does not scroll sideways at
 * 320 px, and the month and list views pass pa11y (HTML_CodeSniffer) and the Nu HTML Checker.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarBrowserTest {

    /** A calendar link with a parameter without a value: {@code centrum=&}, {@code vy=} at the end. */
    private static final String EMPTY_PARAMETER = "[?&][a-z]+=(&|#|$)";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private Browser browser;
    private Keyboard keyboard;
    private Fixtures.Centre first;
    private Fixtures.Centre second;
    private String coordinator;
    private String county;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(port);
        keyboard = new Keyboard(browser);
        first = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        second = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        coordinator = fixtures.account(new Grant(Role.COORDINATOR, first.id()), new Grant(Role.COORDINATOR, second.id()));
        county = fixtures.account(Grant.countyAdmin());
        meeting(first, "COOPERATION", LocalDateTime.of(2026, 12, 9, 9, 0));
        meeting(second, "STEERING_GROUP", LocalDateTime.of(2026, 12, 16, 13, 0));
        meeting(first, "STEERING_GROUP", LocalDateTime.of(2027, 1, 13, 9, 0));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCoordinatorWalksTheMonthsTheListAndOneCentreWithTheKeyboard() {
        browser.signIn(coordinator);
        browser.open("/kalender");
        assertThat(browser.find(By.id("month-heading")).getText()).isEqualTo("December 2026");
        assertThat(browser.text()).contains("09.00–11.00", "Samverkansmöte – " + first.name(),
                "13.00–15.00", "Styrgruppsmöte – " + second.name());
        browser.assertAccessible("kalendern, december");
        assertNoEmptyParameters();

        keyboard.focus(By.id("centrum"));
        assertThat(keyboard.focus(By.cssSelector("form.filters button[type=submit]"))).isEqualTo(1);
        assertThat(keyboard.focus(By.linkText("Månad"))).as("Tab from the filter to the month view").isEqualTo(1);
        assertThat(keyboard.focus(By.linkText("Lista"))).as("Tab to the list view").isEqualTo(1);
        assertThat(keyboard.focus(By.cssSelector("a[rel=prev]"))).as("Tab to the previous month").isEqualTo(1);
        assertThat(keyboard.focus(By.cssSelector("a[rel=next]"))).as("Tab to the next month").isEqualTo(1);
        assertThat(keyboard.focus(By.linkText("Samverkansmöte – " + first.name())))
                .as("Tab from the next month to the first entry").isEqualTo(1);
        assertThat(keyboard.focus(By.linkText("Styrgruppsmöte – " + second.name())))
                .as("Tab to the next entry").isEqualTo(1);

        keyboard.follow(By.cssSelector("a[rel=next]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/kalender?manad=2027-01#month-heading");
        assertThat(browser.find(By.id("month-heading")).getText()).isEqualTo("Januari 2027");
        assertThat(keyboard.focused().getDomAttribute("id")).as("the focus after Enter on the next month")
                .isEqualTo("month-heading");
        keyboard.press(Keys.TAB);
        assertThat(keyboard.focused().getDomAttribute("rel")).as("Tab from the month's heading").isEqualTo("prev");
        assertThat(browser.text()).contains("Styrgruppsmöte – " + first.name())
                .doesNotContain("Samverkansmöte – " + first.name());
        browser.assertAccessible("kalendern, januari");
        assertNoEmptyParameters();
        keyboard.follow(By.linkText("Den här månaden"));
        assertThat(browser.find(By.id("month-heading")).getText()).isEqualTo("December 2026");
        assertThat(keyboard.focused().getDomAttribute("id")).isEqualTo("month-heading");

        keyboard.follow(By.linkText("Lista"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/kalender?manad=2026-12&vy=lista");
        assertThat(browser.find(By.cssSelector("a[aria-current=page]")).getText()).isEqualTo("Lista");
        assertThat(browser.driver().findElements(By.cssSelector("table.month-grid"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".calendar-list h3"))).extracting(WebElement::getText)
                .containsSubsequence("ons 9 dec", "ons 16 dec");
        browser.assertAccessible("kalendern som lista");
        assertNoEmptyParameters();
        keyboard.focus(By.linkText("Samverkansmöte – " + first.name()));
        assertThat(keyboard.focus(By.linkText("Styrgruppsmöte – " + second.name())))
                .as("Tab from the first entry of the list to the next").isEqualTo(1);

        keyboard.choose(By.id("centrum"), second.name());
        keyboard.submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).contains("centrum=" + second.id(), "vy=lista");
        assertThat(browser.text()).contains("Styrgruppsmöte – " + second.name())
                .doesNotContain("Samverkansmöte – " + first.name());
        browser.assertAccessible("kalendern för en familjecentral");
        assertThat(browser.find(By.linkText("Månad")).getDomAttribute("href"))
                .isEqualTo("/kalender?manad=2026-12&centrum=" + second.id());
        keyboard.follow(By.linkText("Månad"));
        assertThat(browser.find(By.cssSelector("select#centrum option:checked")).getText()).isEqualTo(second.name());
        assertThat(browser.text()).doesNotContain("Samverkansmöte – " + first.name());
    }

    @Test
    void theCountyFindsTheRegionalNoticeDeadlineInTheMonthAndTheList() {
        browser.signIn(county);
        browser.open("/kalender");
        By notice = By.linkText("Sista dag att säga upp det regionala samverkansavtalet (R4a)");
        assertThat(browser.find(notice).getDomAttribute("href")).isEqualTo("/lan");
        browser.assertAccessible("länets kalender");
        assertNoEmptyParameters();
        keyboard.focus(By.id("centrum"));
        keyboard.focus(notice);

        keyboard.follow(By.linkText("Lista"));
        assertThat(browser.driver().findElements(notice)).hasSize(1);
        browser.assertAccessible("länets kalender som lista");
        keyboard.focus(notice);
        keyboard.follow(notice);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/lan");
    }

    @Test
    void theMonthAndTheListPassPa11yAndTheNuHtmlChecker() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String user : List.of(coordinator, county)) {
            browser.signIn(user);
            String session = browser.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            sessions.put(user, session);
            for (String path : List.of("/kalender", "/kalender?vy=lista", "/kalender?manad=2027-01&centrum=" + first.id())) {
                pages.put(user + " " + path, fetch(path, session));
            }
        }
        assertThat(pages.get(coordinator + " /kalender")).contains("Samverkansmöte – " + first.name());

        assertThat(Checkers.vnu(pages)).as("the Nu HTML Checker's errors").isEmpty();
        for (String user : sessions.keySet()) {
            List<String> urls = pages.keySet().stream().filter(p -> p.startsWith(user + " "))
                    .map(p -> "http://localhost:" + port + p.substring(user.length() + 1)).toList();
            assertThat(Checkers.pa11y(urls, sessions.get(user))).as("pa11y (HTML_CodeSniffer) as " + user)
                    .hasSize(urls.size()).allSatisfy((url, errors) -> assertThat(errors).as(url).isEmpty());
        }
    }

    private void assertNoEmptyParameters() {
        assertThat(browser.driver().findElements(By.cssSelector("a[href^='/kalender']")))
                .extracting(a -> a.getDomAttribute("href")).isNotEmpty()
                .noneMatch(href -> href.matches(".*" + EMPTY_PARAMETER + ".*"));
    }

    private void meeting(Fixtures.Centre centre, String kind, LocalDateTime startsAt) {
        jdbc.sql("insert into meeting (centre_id, kind, starts_at, ends_at, place) values (?, ?, ?, ?, 'Samtalsrummet')")
                .params(centre.id(), kind, startsAt, startsAt.plusHours(2)).update();
    }

    private String fetch(String path, String cookie) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookie).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }
    }
}

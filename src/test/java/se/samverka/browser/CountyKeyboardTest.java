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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The county's follow-up with the keyboard alone, in Debian's headless Chromium: from the overview (its start page) to
 * the centres behind a figure, the compliance matrix filtered and re-ordered, the map coloured by another figure and a
 * municipality opened from it, and a party's decision recorded by the county administrator after correcting the form.
 * Each page passes axe-core (WCAG 2.1 A and AA) and none scrolls sideways at 360 px.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyKeyboardTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private Browser browser;
    private Keyboard keyboard;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(port);
        keyboard = new Keyboard(browser);
        fixtures.centre("1485", true, MIDWIFE_CLINIC, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        fixtures.centre("1485", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        keyboard.signIn(fixtures.account(Grant.countyAdmin()));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCountyFollowsItsCentresFromTheOverviewWithTheKeyboard() {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).as("the county's start page").endsWith("/lan");
        assertThat(browser.text()).contains("Länets uppföljning", "Sista dag för skriftlig uppsägning");
        browser.assertAccessible("länets översikt");

        keyboard.follow(By.cssSelector("a[href$='/lan/centra?urval=RB3B_FINDING']"));
        assertThat(browser.text()).contains("Barnmorskemottagningen inte fullt samlokaliserad");
        browser.assertAccessible("verksamheter bakom en siffra");

        browser.open("/lan");
        keyboard.follow(By.linkText("Regelkontroll"));
        browser.assertAccessible("regelkontroll");
        keyboard.choose(By.id("kommun"), "Uddevalla");
        keyboard.choose(By.id("regel"), "R15a");
        keyboard.choose(By.id("utfall"), "Ej uppfyllt");
        keyboard.submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).contains("kommun=1485", "regel=R15a", "utfall=NOT_MET");
        keyboard.follow(By.linkText("Ej uppfyllda"));
        assertThat(browser.find(By.cssSelector("th[aria-sort]")).getText()).isEqualTo("Ej uppfyllda");
        browser.assertAccessible("regelkontroll filtrerad och sorterad");

        browser.open("/lan/karta");
        browser.assertAccessible("karta");
        keyboard.choose(By.id("figur"), "Andel verksamheter som uppfyller alla krav");
        keyboard.submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.text()).contains("Andel verksamheter som uppfyller alla krav");
        browser.assertAccessible("karta efter andel");
        keyboard.follow(By.cssSelector("svg a[href$='municipality=1485']"));
        assertThat(browser.driver().getCurrentUrl()).contains("municipality=1485");
    }

    @Test
    void theCountyAdministratorRecordsADecisionAfterCorrectingTheForm() {
        browser.open("/lan/parter");
        browser.assertAccessible("parterna");
        keyboard.follow(By.linkText("Vara"));
        browser.assertAccessible("en part");
        keyboard.choose(By.id("outcome"), "Antaget");
        keyboard.type(By.id("body"), "Kommunfullmäktige");
        keyboard.choose(By.id("bodyKind"), "Fullmäktige");
        keyboard.type(By.id("decidedOn"), "2024-13-40");
        keyboard.type(By.id("decision"), "Samverkansavtalet antas.");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Skriv beslutsdagen som ÅÅÅÅ-MM-DD");
        browser.assertAccessible("beslut med fel");
        keyboard.replace(By.id("decidedOn"), "2024-02-15");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Antaget", "2024-02-15", "Kommunfullmäktige");
        browser.assertAccessible("beslut registrerat");
    }

    @Test
    void theCountyAdministratorCompilesAndWritesTheYearlyFollowUpWithTheKeyboard() {
        browser.open("/lan");
        keyboard.follow(By.linkText("Uppföljning till Vårdsamverkan"));
        browser.assertAccessible("uppföljningarna");
        keyboard.choose(By.id("compile-year"), "2025");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/lan/uppfoljning/2025");
        assertThat(browser.text()).contains("Länets uppföljning 2025", "Verksamheter per kommunalförbund");
        browser.assertAccessible("uppföljningen som utkast");
        keyboard.type(By.id("edit-summary"), "Fler familjecentraler i Uddevalla.");
        keyboard.submit(By.cssSelector("form.report-sections > .actions button[type=submit]"));
        assertThat(browser.text()).contains("Texterna är sparade.");
        assertThat(browser.find(By.id("edit-summary")).getAttribute("value")).isEqualTo("Fler familjecentraler i Uddevalla.");

        browser.atWidth(360, () -> browser.assertReflows("/lan/uppfoljning/2025"));
    }

    @Test
    void noCountyPageScrollsSidewaysAt360Pixels() {
        browser.atWidth(360, () -> List.of("/lan", "/att-gora", "/lan/efterlevnad", "/lan/karta", "/lan/parter",
                "/lan/tidslinje", "/lan/befolkning", "/lan/centra?urval=COVERED", "/lan/uppfoljning")
                .forEach(browser::assertReflows));
    }
}

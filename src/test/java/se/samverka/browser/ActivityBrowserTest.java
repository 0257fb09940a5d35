package se.samverka.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The family centres' activities in Chromium: a parent filters the county's calendar with the keyboard and reaches a
 * centre, in Swedish and English; the coordinator's activities page with its form. Each page passes axe-core (WCAG
 * 2.1 A and AA) and none scrolls sideways at 320 px.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityBrowserTest {

    private static final String TIBRO = "1472";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    private Browser browser;
    private Keyboard keyboard;
    private Fixtures.Centre centre;
    private String title;
    private long activity;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(port);
        keyboard = new Keyboard(browser);
        centre = fixtures.centre(TIBRO, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        title = Fixtures.unique("Babymassage");
        LocalDate first = clock.today().plusDays(2);
        activity = jdbc.sql("""
                        insert into directory_activity (centre_id, uid, kind, title, description, starts_on, start_time,
                            end_time, recurrence, repeat_until, place, audience, languages, sign_up, sign_up_how, state,
                            changed_at)
                        values (?, ?, 'BABY_MASSAGE', ?, 'Ta med en filt och en handduk.', ?, '10:00', '11:30',
                            'WEEKLY', ?, 'Biblioteket, Storgatan 2, Tibro', 'PARENTS_OF_BABIES', 'sv,ar', true,
                            'Ring BVC på 0521-123 45', 'PUBLISHED', ?)
                        returning id""")
                .params(centre.id(), UUID.randomUUID(), title, first, first.plusWeeks(10),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        jdbc.sql("update public_version set value = value + 1 where id").update();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParentFiltersTheActivityCalendarWithTheKeyboardInSwedishAndEnglish() {
        browser.open("/hitta");
        keyboard.follow(By.linkText("Se familjecentralernas aktiviteter"));
        assertThat(browser.text()).contains("Aktiviteter på familjecentralerna");
        browser.assertAccessible("aktiviteter");
        keyboard.choose(By.id("kommun"), "Tibro");
        keyboard.choose(By.id("typ"), "Babymassage");
        keyboard.submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).contains("kommun=" + TIBRO, "typ=BABY_MASSAGE");
        assertThat(browser.text()).contains(title, "svenska, arabiska", "Ring BVC på 0521-123 45");
        browser.assertAccessible("filtrerade aktiviteter");
        keyboard.follow(By.linkText("Senare veckor"));
        assertThat(browser.text()).contains(title, "Tidigare veckor");
        keyboard.follow(By.linkText("Tidigare veckor"));

        keyboard.follow(By.linkText("English"));
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.text()).contains("Activities at the family centres", title, "Swedish, Arabic");
        browser.assertAccessible("activities");
        keyboard.follow(By.linkText(centre.name()));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/en/hitta/" + centre.id());
        assertThat(browser.text()).contains("Upcoming activities", title,
                "Subscribe to the activities in your calendar");
        browser.assertAccessible("a family centre with activities");
        keyboard.follow(By.linkText("Svenska"));
        assertThat(browser.text()).contains("Kommande aktiviteter", "Prenumerera på aktiviteterna i din kalender");
        browser.assertAccessible("en familjecentral med aktiviteter");
        assertThat(browser.driver().manage().getCookies()).as("no cookie for an anonymous visitor").isEmpty();
    }

    @Test
    void theCoordinatorsActivitiesPageAndItsErrorsPassTheScan() {
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        keyboard.signIn(coordinator);
        try {
            browser.open("/centres/" + centre.id());
            keyboard.follow(By.linkText("Hantera aktiviteterna i den publika katalogen"));
            assertThat(browser.text()).contains("Aktiviteter för allmänheten", title, "Publicerad");
            browser.assertAccessible("aktiviteter att hantera");
            keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
            assertThat(browser.text()).contains("Rätta följande", "Välj typ av aktivitet.", "Välj vem aktiviteten är för.");
            browser.assertAccessible("aktivitet med fel");
            browser.open("/centres/" + centre.id() + "/aktiviteter/" + activity);
            assertThat(browser.text()).contains("Ställ in", "Avpublicera");
            browser.assertAccessible("en aktivitet");
            browser.atWidth(320, () -> List.of("/centres/" + centre.id() + "/aktiviteter",
                    "/centres/" + centre.id() + "/aktiviteter/" + activity).forEach(browser::assertReflows));
        } finally {
            browser.signOut();
        }
    }

    @Test
    void noActivityPageScrollsSidewaysAt320Pixels() {
        browser.atWidth(320, () -> List.of("/hitta/aktiviteter", "/hitta/aktiviteter?kommun=" + TIBRO,
                "/en/hitta/aktiviteter?kommun=" + TIBRO, "/hitta/" + centre.id(), "/en/hitta/" + centre.id())
                .forEach(browser::assertReflows));
    }
}

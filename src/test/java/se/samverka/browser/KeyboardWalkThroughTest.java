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
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * A member of the steering group, who may both prepare and decide (docs/authority.md), runs the centre with the
 * keyboard alone, in Debian's headless Chromium: each feature's main task, a form sent with errors and corrected from
 * its error summary included. Each page state is checked by
 * axe-core (no WCAG 2.1 A or AA violations), and every element the focus passes must show that it has it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardWalkThroughTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;

    private Browser browser;
    private Keyboard keyboard;
    private Fixtures.Centre centre;
    /** The application's today, for what the keyboard types into date fields. */
    private LocalDate today;

    @BeforeAll
    void start() throws Exception {
        today = clock.today();
        browser = Browser.start(port);
        keyboard = new Keyboard(browser);
        centre = fixtures.centre("1480", true, MIDWIFE_CLINIC, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));

        keyboard.signIn(steering);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void recordsASharedCostCorrectsItAndClosesTheSettlement() {
        fromTheCentrePage("Kostnader och avräkningar", "gemensamma kostnader");
        keyboard.follow(By.linkText("Lägg till kostnad"));
        browser.assertAccessible("ny kostnad");
        keyboard.choose(By.id("period"), "Kvartal 1");
        keyboard.choose(By.id("category"), "Gemensamma lokaler: hyra för gemensamma ytor");
        keyboard.type(By.id("description"), "Hyra för gemensamma ytor");
        keyboard.type(By.id("amount"), "12,345");
        keyboard.choose(By.id("payer"), "Barnhälsovård");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        fromTheErrorSummaryTo("amount", "högst två decimaler");
        browser.assertAccessible("ny kostnad med fel");
        keyboard.replace(By.id("amount"), "12 500,50");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Kostnaden är sparad.", "12 500,50 kr");
        browser.assertAccessible("kostnad sparad");

        keyboard.follow(By.cssSelector("a[href*='/economy/items/'][href$='/edit']"));
        browser.assertAccessible("ändra kostnad");
        keyboard.replace(By.id("description"), "Hyra för gemensamma ytor, januari–mars");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Ändringen är sparad.", "januari–mars");

        keyboard.follow(By.linkText("Lägg till kostnad"));
        keyboard.choose(By.id("period"), "Kvartal 1");
        keyboard.choose(By.id("category"), "Gemensamma lokaler: lokalvård");
        keyboard.type(By.id("description"), "Felbokad städning");
        keyboard.type(By.id("amount"), "800");
        keyboard.choose(By.id("payer"), "Öppen förskola");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        keyboard.follow(By.xpath("//tr[td/span[text()='Felbokad städning']]//a[contains(@href, '/edit')]"));
        keyboard.submitWithSpace(By.cssSelector("form[action$='/remove'] button"));
        assertThat(browser.text()).contains("Kostnaden är borttagen.").doesNotContain("Felbokad städning");
        browser.assertAccessible("kostnad borttagen");

        keyboard.follow(By.linkText("Avräkningsperiod och nyckel"));
        browser.assertAccessible("inställningar");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Inställningarna är sparade.");

        keyboard.follow(By.cssSelector("a[href$='/economy/" + today.getYear() + "/Q1']"));
        assertThat(browser.text()).contains("Vem är skyldig vem");
        browser.assertAccessible("avräkning");
        send("/close", "låst avräkning", "Avräkningen är låst.");
    }

    @Test
    void addsASharedAreaNamesTheFireSafetyRepresentativeAndLogsACheck() {
        open("/centres/" + centre.id() + "/premises", "lokaler och brandskydd");
        keyboard.choose(By.id("area-kind"), "Personalrum");
        keyboard.type(By.id("area-squareMetres"), "14,5");
        send("/premises/areas", "yta tillagd", "Ytan är tillagd.", "Personalrum", "14,5");

        keyboard.type(By.id("fire-representative"), "Sara Säker");
        keyboard.date(By.id("fire-appointedOn"), today.toString());
        keyboard.type(By.id("fire-assemblyPoint"), "Parkeringen framför entrén");
        keyboard.toggle(By.id("fire-evacuationPlan"));
        keyboard.submit(By.cssSelector("form[action$='/fire-safety'] button[type=submit]"));
        assertThat(browser.text()).contains("Brandskyddsarbetet är sparat.");
        assertThat(browser.find(By.id("fire-representative")).getDomProperty("value")).isEqualTo("Sara Säker");
        browser.assertAccessible("SBA-ombud utsett");

        keyboard.choose(By.id("check-kind"), "SBA-rond");
        keyboard.date(By.id("check-performedOn"), today.toString());
        keyboard.type(By.id("check-outcome"), "Inga brister.");
        send("/checks", "kontroll loggad", "Kontrollen är loggad.", "Inga brister.");
    }

    @Test
    void drawsUpThisYearsPlanFollowsItUpAdoptsItAndCorrectsIt() {
        int year = today.getYear();
        open("/centres/" + centre.id() + "/plans/" + year, "ingen verksamhetsplan");
        send("/plans", "ny verksamhetsplan", "Verksamhetsplanen är upprättad.");

        keyboard.type(By.id("goal-text"), "Fler pappor deltar i föräldragrupperna");
        keyboard.type(By.id("goal-indicator"), "Antal pappor som deltar");
        keyboard.submit(By.cssSelector("form[action$='/goals'] button[type=submit]"));
        browser.assertAccessible("mål utan målvärde och ansvariga");
        fromTheErrorSummaryTo("goal-operations", "Välj minst en basverksamhet som ansvarar.");
        keyboard.toggle(By.id("goal-operations-OPEN_PRESCHOOL"));
        keyboard.submit(By.cssSelector("form[action$='/goals'] button[type=submit]"));
        fromTheErrorSummaryTo("goal-target", "Ange ett målvärde.");
        assertThat(browser.find(By.id("goal-operations-OPEN_PRESCHOOL")).isSelected()).isTrue();
        browser.assertAccessible("mål utan målvärde");
        keyboard.type(By.id("goal-target"), "40 pappor");
        send("/goals", "mål tillagt", "Målet är tillagt.", "Mål 1: Fler pappor deltar i föräldragrupperna");

        keyboard.choose(By.id("activity-kind"), "Föräldragrupp");
        keyboard.type(By.id("activity-title"), "Pappagrupp på lördagar");
        keyboard.choose(By.id("activity-plannedMonth"), "mars");
        keyboard.toggle(By.id("activity-operations-OPEN_PRESCHOOL"));
        keyboard.toggle(By.id("activity-operations-CHILD_HEALTH"));
        send("/activities", "aktivitet planerad", "Aktiviteten är planerad.", "Pappagrupp på lördagar");

        keyboard.choose(By.id("followUp-goal"), "Mål 1: Fler pappor deltar i föräldragrupperna");
        keyboard.date(By.id("followUp-enteredOn"), today.toString());
        keyboard.type(By.id("followUp-value"), "12 pappor");
        send("/follow-ups", "uppföljning sparad", "Uppföljningen är sparad.", "12 pappor");

        keyboard.choose(By.id("assessment-goal"), "Mål 1: Fler pappor deltar i föräldragrupperna");
        keyboard.choose(By.id("assessment-assessment"), "Delvis uppnått");
        keyboard.type(By.id("assessment-comment"), "Hälften av målet.");
        send("/assessments", "mål bedömt", "Bedömningen av målet är sparad.", "Delvis uppnått");

        keyboard.type(By.id("evaluation-overall"), "Ett bra år.\nPappagruppen fortsätter.");
        send("/evaluation", "utvärdering sparad", "Utvärderingen är sparad.");

        send("/lock", "plan fastställd", "Verksamhetsplanen och utvärderingen är fastställda.");

        keyboard.choose(By.id("correction-concerns"), "Mål 1: Fler pappor deltar i föräldragrupperna");
        keyboard.type(By.id("correction-text"), "Målvärdet var 40 pappor per termin.");
        send("/corrections", "plan rättad", "Rättelsen är sparad", "Målvärdet var 40 pappor per termin.");
    }

    @Test
    void schedulesAMeetingWritesTheMinutesApprovesAndCorrectsThem() {
        open("/centres/" + centre.id() + "/meetings", "möten");
        keyboard.follow(By.linkText("Planera ett möte"));
        browser.assertAccessible("nytt möte");
        keyboard.choose(By.id("kind"), "Samverkansmöte");
        keyboard.date(By.id("startsAt"), today + "T13:00");
        keyboard.date(By.id("endsAt"), today + "T12:00");
        keyboard.type(By.id("place"), "Konferensrummet");
        keyboard.type(By.id("agenda"), "Föräldragrupper\nLokalfrågor");
        keyboard.submit(By.cssSelector("form[action$='/meetings'] button[type=submit]"));
        fromTheErrorSummaryTo("endsAt", "Mötet måste sluta efter att det har börjat.");
        browser.assertAccessible("nytt möte med fel");
        keyboard.date(By.id("endsAt"), today + "T15:00");
        send("/meetings", "möte planerat", "Mötet är planerat.", "Föräldragrupper");

        keyboard.choose(By.id("attendee-operation"), "Barnhälsovård");
        keyboard.type(By.id("attendee-name"), "Bo Barnhälsa");
        assertThat(browser.find(By.id("attendee-present")).isSelected()).isTrue();
        send("/attendees", "deltagare tillagd", "Deltagaren är tillagd.", "Bo Barnhälsa");

        keyboard.type(By.id("item-text"), "Föräldragrupperna under våren.");
        keyboard.type(By.id("item-decision"), "En pappagrupp startar i mars.");
        send("/items", "punkt tillagd", "Punkten är tillagd i protokollet.", "§ 1", "En pappagrupp startar i mars.");

        keyboard.type(By.id("action-description"), "Boka lokal för pappagruppen");
        keyboard.type(By.id("action-owner"), "Cecilia C");
        keyboard.date(By.id("action-dueOn"), today.plusMonths(1).toString());
        send("/actions", "åtgärd tillagd", "Åtgärden är tillagd.", "Boka lokal för pappagruppen");

        keyboard.submitWithSpace(By.cssSelector("form[action$='/actions/0/status'] button"));
        assertThat(browser.text()).contains("Åtgärdens status är ändrad.");
        browser.assertAccessible("åtgärd klar");

        keyboard.type(By.id("item-text"), "Skrivet av misstag.");
        send("/items", "två punkter", "Punkten är tillagd i protokollet.", "§ 2");
        keyboard.submitWithSpace(By.cssSelector("form[action$='/items/2/remove'] button"));
        assertThat(browser.text()).contains("Punkten är borttagen.").doesNotContain("Skrivet av misstag.");
        browser.assertAccessible("punkt borttagen");

        keyboard.choose(By.id("approval-adjuster"), "Bo Barnhälsa");
        send("/approve", "protokoll justerat", "Protokollet är justerat och låst.");

        keyboard.choose(By.id("correction-item"), "§ 1");
        keyboard.type(By.id("correction-text"), "Pappagruppen startar i april, inte i mars.");
        send("/corrections", "protokoll rättat", "Rättelsen är sparad bredvid punkten.", "startar i april");
    }

    @Test
    void compilesLastYearsActivityReportWritesItAdoptsItAndCorrectsIt() {
        String year = String.valueOf(today.getYear() - 1);
        open("/centres/" + centre.id() + "/reports", "verksamhetsberättelser");
        keyboard.choose(By.id("compile-year"), year);
        send("/reports", "berättelse sammanställd", "Verksamhetsberättelsen är sammanställd.", "Om familjecentralen");

        keyboard.submit(By.cssSelector("form[action$='/refresh'] button[type=submit]"));
        fromTheErrorSummaryTo("refresh-confirm", "Kryssa i att du förstår att texten ersätts");
        browser.assertAccessible("hämta på nytt utan bekräftelse");
        keyboard.toggle(By.id("refresh-confirm"));
        send("/refresh", "uppgifterna hämtade", "Uppgifterna är hämtade på nytt.");

        keyboard.submit(By.cssSelector("form[action$='/adopt'] button[type=submit]"));
        assertThat(browser.text()).contains("kan fastställas först när varje avsnitt har text");
        browser.assertAccessible("fastställande nekat");
        keyboard.type(By.id("edit-nextYear"), "Vi vill starta en pappagrupp på lördagar.");
        send("/reports/" + year, "text sparad", "Texten är sparad.");
        send("/adopt", "berättelse fastställd", "Verksamhetsberättelsen är fastställd.",
                "Vi vill starta en pappagrupp på lördagar.");

        keyboard.choose(By.id("correction-section"), "Ledning och samverkan");
        keyboard.type(By.id("correction-text"), "Styrgruppen möttes också i december.");
        send("/corrections", "berättelse rättad", "Rättelsen är sparad och visas bredvid avsnittet.",
                "Styrgruppen möttes också i december.");
    }

    @Test
    void schedulesASeriesOfSteeringGroupMeetings() {
        open("/centres/" + centre.id() + "/meetings/new", "nytt möte");
        keyboard.choose(By.id("kind"), "Styrgruppsmöte");
        LocalDate first = today.plusMonths(1).withDayOfMonth(1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.TUESDAY));
        keyboard.date(By.id("startsAt"), first + "T09:00");
        keyboard.date(By.id("endsAt"), first + "T11:00");
        keyboard.type(By.id("place"), "Konferensrummet");
        keyboard.choose(By.id("repeat"), "Var tredje månad");
        keyboard.type(By.id("occurrences"), "1");
        keyboard.submit(By.cssSelector("form[action$='/meetings'] button[type=submit]"));
        fromTheErrorSummaryTo("occurrences", "Ange hur många möten serien ska ha, från 2 till 24.");
        browser.assertAccessible("mötesserie med fel");
        keyboard.replace(By.id("occurrences"), "4");
        send("/meetings", "mötesserie planerad", "4 möten är planerade.", first + " 09:00–11:00");
    }

    @Test
    void aTableWiderThanTheScreenIsAFocusableRegionThatTheArrowKeysScroll() {
        var window = browser.driver().manage().window();
        var wide = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(360, 800));
        try {
            open("/centres", "familjecentraler på en smal skärm");
            By region = By.cssSelector(".table-wrap[data-scroll-region]");
            WebElement wrap = browser.find(region);
            assertThat(wrap.getDomAttribute("role")).isEqualTo("region");
            assertThat(wrap.getDomAttribute("aria-label")).startsWith("Familjecentraler");
            keyboard.focus(region);
            for (int i = 0; i < 5; i++) {
                keyboard.press(org.openqa.selenium.Keys.ARROW_RIGHT);
            }
            // Chromium scrolls by the keyboard with an animation: the position is read once it has moved.
            var scrolled = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("return arguments[0].scrollLeft;", wrap)).intValue() > 0 ? Boolean.TRUE : null);
            assertThat(scrolled).isTrue();
        } finally {
            window.setSize(wide);
        }
        browser.open("/centres");
        // Chromium may lay the page out at the narrow width before the window has grown again; the page's resize
        // handler then takes the region away, so the check waits for that rather than reading the first layout.
        Boolean fits = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(driver -> driver.findElements(By.cssSelector(".table-wrap[data-scroll-region]")).isEmpty()
                        ? Boolean.TRUE : null);
        assertThat(fits).as("a table that fits gets no extra tab stop").isTrue();
    }

    @Test
    void makesTheCalendarLinkAndRevokesIt() {
        open("/kalender", "kalender");
        keyboard.submit(By.cssSelector("form[action$='/kalender/link'] button"));
        assertThat(browser.text()).contains("En ny länk är skapad.");
        keyboard.focus(By.id("calendar-url"));
        assertThat(keyboard.focused().getDomProperty("value")).endsWith(".ics");
        browser.assertAccessible("kalender med ny länk");
        keyboard.submitWithSpace(By.cssSelector("form[action$='/kalender/link/revoke'] button"));
        assertThat(browser.text()).contains("Länken är återkallad och fungerar inte längre.",
                "Du har ingen aktiv prenumerationslänk.");
        browser.assertAccessible("kalender utan länk");
    }

    @Test
    void setsTheEmailAddressAndChoosesTheDigestForSignatures() {
        open("/installningar/aviseringar", "aviseringar");
        assertThat(browser.text()).contains("Det går inte att stänga av.");
        keyboard.replace(By.id("email"), "inte-en-adress");
        keyboard.submit(By.cssSelector("form[action$='/installningar/aviseringar'] button[type=submit]"));
        browser.assertAccessible("aviseringar med fel");
        fromTheErrorSummaryTo("email", "Skriv en e-postadress");
        keyboard.replace(By.id("email"), "styrgrupp@kommun.example");
        keyboard.focus(By.id("partySigned-IMMEDIATELY"));
        keyboard.press(Keys.ARROW_DOWN);
        assertThat(browser.find(By.id("partySigned-DIGEST")).isSelected()).as("the arrow key chose the digest").isTrue();
        send("/installningar/aviseringar", "aviseringar sparade", "Ändringarna är sparade.");
        assertThat(browser.find(By.id("partySigned-DIGEST")).isSelected()).isTrue();
        assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo("styrgrupp@kommun.example");
    }

    @Test
    void filtersTheToDoListByCentreAndFollowsAnItemToWhereToAct() {
        open("/att-gora", "att göra");
        By count = By.cssSelector(".site-nav a[href='/att-gora'] .todo-count");
        browser.waitFor(() -> !browser.driver().findElements(count).isEmpty());
        assertThat(browser.find(count).getText()).matches("\\([1-9][0-9]*\\)");
        keyboard.choose(By.id("todo-centre"), centre.name());
        send("/att-gora", "att göra för en familjecentral", "Att göra");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/att-gora?centre=" + centre.id());
        assertThat(browser.find(By.id("todo-centre")).getDomProperty("value")).isEqualTo(String.valueOf(centre.id()));
        keyboard.follow(By.linkText(
                "Ta fram ett lokalt samverkansavtal: inget undertecknat avtal gäller för familjecentralen"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/centres/" + centre.id() + "/agreements");
        browser.assertAccessible("avtal, från att göra");
    }

    /** Opens the centre's page and follows the link to a feature with Enter. */
    private void fromTheCentrePage(String link, String page) {
        browser.open("/centres/" + centre.id());
        keyboard.follow(By.linkText(link));
        browser.assertAccessible(page);
    }

    /**
     * Presses Enter on the button of the form whose action ends so, checks that the page that answers shows the
     * texts, and has axe-core check it.
     */
    private void send(String action, String page, String... shown) {
        keyboard.submit(By.cssSelector("form[action$='" + action + "'] button[type=submit]"));
        assertThat(browser.text()).contains(shown);
        browser.assertAccessible(page);
    }

    /** Opens the page by its address, as from a bookmark. */
    private void open(String path, String page) {
        browser.open(path);
        browser.assertAccessible(page);
    }

    /**
     * After a form was sent with errors: the error summary has the focus, each of its links leads to a field, Tab
     * reaches the link to this field, and Enter on it moves the focus to the field (to the group, for checkboxes).
     */
    private void fromTheErrorSummaryTo(String fieldId, String message) {
        WebElement summary = browser.find(By.className("error-summary"));
        assertThat(summary.getText()).contains(message);
        for (WebElement errorLink : summary.findElements(By.tagName("a"))) {
            assertThat(browser.driver().findElements(By.id(errorLink.getDomAttribute("href").substring(1))))
                    .as("the field of the error %s", errorLink.getText()).hasSize(1);
        }
        assertThat(keyboard.focused()).as("the focus after sending a form with errors").isEqualTo(summary);
        By link = By.cssSelector(".error-summary a[href='#" + fieldId + "']");
        assertThat(keyboard.focus(link)).as("Tab presses from the summary to its link")
                .isLessThanOrEqualTo(summary.findElements(By.tagName("a")).size());
        keyboard.followWithinPage(link);
        WebElement field = keyboard.focused();
        assertThat(field.getDomAttribute("id")).as("the focus after following the error's link").isEqualTo(fieldId);
        if (field.getTagName().equals("fieldset")) {
            assertThat(field.getDomAttribute("aria-describedby")).isEqualTo(fieldId + "-error");
        } else {
            assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        }
    }
}

package se.samverka.browser;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverka.centre.CentreDescription;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreView;
import se.samverka.centre.PartyConsent;
import se.samverka.centre.UnitParticipation;
import se.samverka.identity.Actors;
import se.samverka.centre.Coordinator;
import se.samverka.centre.SteeringGroupMember;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.SignedAgreements;
import se.samverka.support.TestClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Signs in and walks through the pages in Debian's headless Chromium, and has axe-core check each for
 * WCAG 2.1 A and AA: no violations are allowed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    TestClock clock;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    PartyConsent consent;
    @Autowired
    Actors actors;

    private Browser chromium;
    private WebDriver browser;
    private Fixtures.Centre centre;
    private long group;
    private String county;
    private String coordinator;
    private String steering;

    @BeforeAll
    void start() throws Exception {
        chromium = Browser.start(port);
        browser = chromium.driver();

        centre = fixtures.centre("1480", true, MIDWIFE_CLINIC, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        group = registry.formSteeringGroup(centre.id(), 0, "Styrgrupp i webbläsartest");
        registry.reconstitute(group, 0, "Styrgrupp i webbläsartest", List.of(
                new SteeringGroupMember("Bo B", "Verksamhetschef", CHILD_HEALTH)));
        registry.appoint(centre.id(), 1, new Coordinator("Cecilia C", fixtures.municipality("1480").id(), 50, null));
        county = fixtures.account(Grant.countyAdmin());
        coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void thePublicPagesHaveNoAccessibilityViolations() {
        chromium.open("/");
        assertThat(browser.getTitle()).contains("Samverka");
        chromium.assertAccessible("startsidan");
        chromium.open("/prova?participating=CHILD_HEALTH&participating=OPEN_PRESCHOOL&coLocated=CHILD_HEALTH&prioritisedArea=true");
        assertThat(chromium.text()).contains("Omfattas inte av avtalet");
        chromium.assertAccessible("pröva");
        chromium.open("/login");
        chromium.assertAccessible("inloggning");
    }

    @Test
    void theTrialPageAnswersAsYouTickWithoutReloading() {
        chromium.open("/prova");
        browser.findElement(By.id("participating-CHILD_HEALTH")).click();
        browser.findElement(By.id("co-located-CHILD_HEALTH")).click();
        browser.findElement(By.id("participating-OPEN_PRESCHOOL")).click();
        browser.findElement(By.id("co-located-OPEN_PRESCHOOL")).click();
        browser.findElement(By.id("participating-PREVENTIVE_SOCIAL_SERVICES")).click();
        chromium.waitFor(() -> browser.findElement(By.id("result")).getText().contains("Familjecentralsliknande verksamhet"));
        assertThat(browser.getCurrentUrl()).endsWith("/prova");
        chromium.assertAccessible("pröva efter val");
    }

    @Test
    void aCountyAdministratorSignsInSeesTheListAndOpensACentre() {
        chromium.signIn(county);
        assertThat(browser.getCurrentUrl()).as("the county's start page").endsWith("/lan");
        chromium.assertAccessible("länets översikt");
        chromium.follow(By.linkText("Familjecentraler"));
        assertThat(browser.getCurrentUrl()).endsWith("/centres");
        assertThat(chromium.text()).contains(centre.name());
        chromium.assertAccessible("familjecentraler");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-kind")))
                .selectByValue("FAMILY_CENTRE_LIKE");
        chromium.waitFor(() -> browser.getCurrentUrl().contains("kind=FAMILY_CENTRE_LIKE"));
        assertThat(chromium.text()).contains(centre.name());
        chromium.assertAccessible("familjecentraler filtrerade");

        chromium.follow(By.linkText(centre.name()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(centre.name());
        assertThat(chromium.text()).contains("Familjecentralsliknande verksamhet", "RB3b", "Cecilia C", "Bo B");
        assertThat(chromium.text()).doesNotContain("Ändra uppgifter och basverksamheter");
        chromium.assertAccessible("familjecentralens sida");

        for (String path : List.of("/organisations", "/organisations/" + fixtures.municipality("1480").id(),
                "/admin/users", "/admin/users/new", "/granskning", "/granskning/verifiering", "/steering-groups/" + group,
                "/rattsliga-grunder", "/rattsliga-grunder/ny", "/rattsliga-grunder/OSL_10_28", "/admin/sekretess",
                "/centres/" + centre.id() + "/sekretess")) {
            chromium.open(path);
            chromium.assertAccessible(path);
        }
        chromium.open("/finns-inte");
        assertThat(chromium.text()).contains("Hittades inte");
        chromium.assertAccessible("felsida");
        chromium.signOut();
    }

    @Test
    void aCoordinatorEditsTheirCentreAndSeesErrorsAtTheFields() {
        chromium.signIn(coordinator);
        chromium.open("/centres/" + centre.id() + "/edit");
        chromium.assertAccessible("ändra familjecentral");
        WebElement postalCode = browser.findElement(By.id("postalCode"));
        postalCode.clear();
        postalCode.sendKeys("12");
        chromium.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.findElement(By.className("error-summary")).getText()).contains("Postnumret ska vara fem siffror");
        assertThat(browser.findElement(By.id("postalCode")).getAttribute("aria-invalid")).isEqualTo("true");
        chromium.assertAccessible("ändra familjecentral med fel");

        for (String path : List.of("/centres/" + centre.id() + "/coordinator", "/centres/" + centre.id() + "/steering-group",
                "/steering-groups/" + group)) {
            chromium.open(path);
            chromium.assertAccessible(path);
        }
        chromium.signOut();
    }

    @Test
    void aCoordinatorRecordsASharedCostAndOpensTheSettlement() {
        chromium.signIn(coordinator);
        String economy = "/centres/" + centre.id() + "/economy";
        int year = clock.today().getYear();
        chromium.open(economy + "?year=" + year);
        chromium.assertAccessible("gemensamma kostnader");
        chromium.open(economy + "/items/new?year=" + year);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("period"))).selectByValue("Q1");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByValue("PREMISES_RENT");
        browser.findElement(By.id("description")).sendKeys("Hyra för gemensamma ytor");
        browser.findElement(By.id("amount")).sendKeys("12,345");
        chromium.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.findElement(By.className("error-summary")).getText()).contains("högst två decimaler");
        assertThat(browser.findElement(By.id("amount")).getAttribute("aria-invalid")).isEqualTo("true");
        chromium.assertAccessible("ny kostnad med fel");
        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("12 500,50");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("payer"))).selectByValue("CHILD_HEALTH");
        chromium.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(chromium.text()).contains("Kostnaden är sparad.");
        assertThat(chromium.text()).contains("12 500,50 kr");
        chromium.open(economy + "/settings?year=" + year);
        chromium.assertAccessible("avräkningsperiod och nyckel");
        chromium.open(economy + "/" + year + "/Q1");
        assertThat(chromium.text()).contains("Vem är skyldig vem");
        chromium.assertAccessible("avräkning");
        chromium.signOut();
    }

    @Test
    void aCoordinatorDraftsALocalAgreementTheSteeringGroupSendsItAndASignatorySigns() {
        String signatory = fixtures.account();
        chromium.signIn(coordinator);
        chromium.open("/centres/" + centre.id() + "/agreements/new");
        chromium.assertAccessible("nytt lokalt samverkansavtal");
        LocalDate nextNewYear = clock.today().plusYears(1).withDayOfYear(1);
        setDate("startsOn", nextNewYear.toString());
        setDate("endsOn", nextNewYear.minusDays(1).toString());
        browser.findElement(By.id("meetingHoursPerMonth")).sendKeys("fyra");
        chromium.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Slutdatum kan inte vara före startdatum.");
        assertThat(browser.findElement(By.id("endsOn")).getAttribute("aria-invalid")).isEqualTo("true");
        chromium.assertAccessible("nytt avtal med fel");

        setDate("endsOn", nextNewYear.plusYears(3).minusDays(1).toString());
        WebElement hours = browser.findElement(By.id("meetingHoursPerMonth"));
        hours.clear();
        hours.sendKeys("4");
        for (WebElement number : browser.findElements(By.cssSelector("input[id$='organisationNumber']"))) {
            if (number.getAttribute("value").isBlank() && !number.getAttribute("id").startsWith("parties4")
                    && !number.getAttribute("id").startsWith("parties5")) {
                number.sendKeys("212000-1355");
            }
        }
        browser.findElement(By.id("localGoals")).sendKeys("Fler föräldrar ska delta i föräldragrupper.");
        browser.findElement(By.id("staffGroup")).sendKeys("BVC-sjuksköterskor, förskollärare och socionom.");
        chromium.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.getCurrentUrl()).matches(".*/agreements/\\d+$");
        String agreement = browser.getCurrentUrl().replaceAll(".*/agreements/", "");
        assertThat(chromium.text()).contains("Avtalsparter och placering", "Familjecentralens uppdrag och mål", "Underskrift",
                "Styrgruppen skickar det för underskrift");
        chromium.assertAccessible("utkast till avtal");
        chromium.signOut();

        chromium.signIn(steering);
        chromium.open("/agreements/" + agreement);
        chromium.follow(By.linkText("Skicka för underskrift"));
        chromium.assertAccessible("skicka för underskrift");
        List<WebElement> usernames = browser.findElements(By.cssSelector("input[id$='username']"));
        for (int i = 0; i < usernames.size(); i++) {
            usernames.get(i).sendKeys(i == 0 ? signatory : fixtures.account());
            browser.findElement(By.id("signatories" + i + ".title")).sendKeys("Verksamhetschef");
        }
        chromium.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/agreements/" + agreement);
        assertThat(chromium.text()).contains("Avtalet är skickat för underskrift.");
        chromium.assertAccessible("avtal skickat");
        for (String path : List.of("/centres/" + centre.id() + "/agreements",
                "/centres/" + centre.id() + "/agreements/new?kind=USAGE_RIGHT", "/att-gora")) {
            chromium.open(path);
            chromium.assertAccessible(path);
        }
        chromium.signOut();

        chromium.signIn(signatory);
        chromium.open("/att-gora");
        chromium.follow(By.cssSelector("a[href$='/agreements/" + agreement + "']"));
        chromium.assertAccessible("avtal att underteckna");
        browser.findElement(By.id("place")).sendKeys("Angered");
        assertThat(browser.findElement(By.id("signatory-title")).getAttribute("value")).isEqualTo("Verksamhetschef");
        browser.findElement(By.id("confirmed")).click();
        chromium.submit(By.cssSelector("form[action$='/sign'] button[type=submit]"));
        assertThat(chromium.text()).contains("Din underskrift är registrerad.");
        assertThat(chromium.text()).contains(", Angered");
        chromium.assertAccessible("avtal undertecknat av en part");
        chromium.signOut();
    }

    @Test
    void aCoordinatorRecordsSharedAreasAndFireSafetyChecks() {
        chromium.signIn(coordinator);
        chromium.open("/centres/" + centre.id() + "/premises");
        chromium.assertAccessible("lokaler och brandskydd");
        chromium.submit(By.cssSelector("form[action$='/premises/areas'] button[type=submit]"));
        assertThat(browser.findElement(By.className("error-summary")).getText()).contains("Välj vilken sorts yta det är.");
        assertThat(browser.findElement(By.id("area-kind")).getAttribute("aria-invalid")).isEqualTo("true");
        chromium.assertAccessible("lokaler med fel");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("area-kind"))).selectByValue("STAFF_ROOM");
        browser.findElement(By.id("area-squareMetres")).sendKeys("14,5");
        chromium.submit(By.cssSelector("form[action$='/premises/areas'] button[type=submit]"));
        assertThat(chromium.text()).contains("Ytan är tillagd.", "Personalrum", "14,5");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("check-kind"))).selectByValue("ROUND");
        setDate("check-performedOn", clock.today().toString());
        browser.findElement(By.id("check-outcome")).sendKeys("Inga brister.");
        chromium.submit(By.cssSelector("form[action$='/checks'] button[type=submit]"));
        assertThat(chromium.text()).contains("Kontrollen är loggad.", "Inga brister.");
        chromium.assertAccessible("lokaler efter loggning");

        chromium.open("/kalender");
        chromium.assertAccessible("kalender");
        chromium.submit(By.cssSelector("form[action$='/kalender/link'] button"));
        assertThat(browser.findElement(By.id("calendar-url")).getAttribute("value")).endsWith(".ics");
        chromium.assertAccessible("kalender med ny länk");
        chromium.signOut();
    }

    @Test
    void aCoordinatorDrawsUpThisYearsPlanAndAddsAGoal() {
        chromium.signIn(coordinator);
        chromium.open("/centres/" + centre.id() + "/plans");
        chromium.assertAccessible("verksamhetsplaner");
        chromium.submit(By.cssSelector("form[action$='/plans'] button[type=submit]"));
        assertThat(chromium.text()).contains("Verksamhetsplanen är upprättad.");
        chromium.assertAccessible("ny verksamhetsplan");

        browser.findElement(By.id("goal-text")).sendKeys("Fler pappor deltar i föräldragrupperna");
        browser.findElement(By.id("goal-indicator")).sendKeys("Antal pappor som deltar");
        browser.findElement(By.id("goal-operations-OPEN_PRESCHOOL")).click();
        chromium.submit(By.cssSelector("form[action$='/goals'] button[type=submit]"));
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Ange ett målvärde. Ett mål utan målvärde kan inte följas upp.");
        assertThat(browser.findElement(By.id("goal-target")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("goal-operations-OPEN_PRESCHOOL")).isSelected()).isTrue();
        chromium.assertAccessible("verksamhetsplan med fel");

        browser.findElement(By.id("goal-target")).sendKeys("40 pappor");
        chromium.submit(By.cssSelector("form[action$='/goals'] button[type=submit]"));
        assertThat(chromium.text()).contains("Målet är tillagt.", "Mål 1: Fler pappor deltar i föräldragrupperna", "40 pappor",
                "Det finns en gemensam verksamhetsplan med mål för året.");
        chromium.assertAccessible("verksamhetsplan med ett mål");
        chromium.signOut();
    }

    @Test
    void aCoordinatorSchedulesAMeetingAndWritesTheMinutes() {
        chromium.signIn(coordinator);
        chromium.open("/centres/" + centre.id() + "/meetings");
        chromium.assertAccessible("möten");
        chromium.follow(By.cssSelector("a[href$='/meetings/new']"));
        chromium.assertAccessible("nytt möte");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("COOPERATION");
        LocalDateTime held = clock.today().minusWeeks(3).atTime(13, 0);
        setDate("startsAt", held.toString());
        setDate("endsAt", held.minusHours(1).toString());
        browser.findElement(By.id("place")).sendKeys("Konferensrummet");
        browser.findElement(By.id("agenda")).sendKeys("Föräldragrupper\nLokalfrågor");
        browser.findElement(By.id("premisesMatters")).click();
        chromium.submit(By.cssSelector("form[action$='/meetings'] button[type=submit]"));
        assertThat(chromium.text()).contains("Mötet måste sluta efter att det har börjat.");
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Mötet måste sluta efter att det har börjat.");
        assertThat(browser.findElement(By.id("endsAt")).getAttribute("aria-invalid")).isEqualTo("true");
        chromium.assertAccessible("nytt möte med fel");

        setDate("endsAt", held.plusHours(2).toString());
        chromium.submit(By.cssSelector("form[action$='/meetings'] button[type=submit]"));
        assertThat(chromium.text()).contains("Mötet är planerat.");
        assertThat(chromium.text()).contains("Föräldragrupper");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("attendee-operation")))
                .selectByValue("MIDWIFE_CLINIC");
        browser.findElement(By.id("attendee-name")).sendKeys("Bea Barnmorska");
        chromium.submit(By.cssSelector("form[action$='/attendees'] button[type=submit]"));
        assertThat(chromium.text()).contains("bjuds därför inte in till möten om lokalfrågor");
        chromium.assertAccessible("möte med fel deltagare");
        browser.findElement(By.id("item-text")).sendKeys("Mötet öppnas.");
        chromium.submit(By.cssSelector("form[action$='/items'] button[type=submit]"));
        assertThat(chromium.text()).contains("Punkten är tillagd i protokollet.");
        assertThat(chromium.text()).contains("§ 1", "Mötet öppnas.");
        assertThat(browser.findElement(By.cssSelector("ol.minutes > li")).getCssValue("list-style-type"))
                .as("an item is numbered once, by its §").isEqualTo("none");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("attendee-operation")))
                .selectByValue("CHILD_HEALTH");
        browser.findElement(By.id("attendee-name")).sendKeys("Jens Justerare");
        chromium.submit(By.cssSelector("form[action$='/attendees'] button[type=submit]"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("approval-adjuster")))
                .selectByVisibleText("Jens Justerare");
        chromium.submit(By.cssSelector("form[action$='/approve'] button[type=submit]"));
        assertThat(chromium.text()).contains("Protokollet är justerat och låst.");
        chromium.assertAccessible("justerat möte");
        chromium.signOut();
    }

    @Test
    void theSteeringGroupsDecisionsAndAPrincipalsProposalsPassTheScan() throws Exception {
        Fixtures.Centre uddevalla = fixtures.centre("1485", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String decider = fixtures.account(new Grant(Role.STEERING_GROUP, uddevalla.id()));
        String goteborgAdmin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id()));
        LocalDate start = clock.today().withDayOfYear(1);
        long agreement = SignedAgreements.sign(mvc, jdbc, fixtures, uddevalla.id(), decider,
                List.of(CHILD_HEALTH, OPEN_PRESCHOOL), start, start.plusYears(3).minusDays(1));
        CentreView view = registry.view(uddevalla.id()).orElseThrow();
        long goteborgUnit = fixtures.unit(fixtures.municipality("1480"), OPEN_PRESCHOOL);
        consent.describe(actors.byUsername(decider).orElseThrow(), uddevalla.id(), view.version(),
                new CentreDescription(view.name(), view.address(), view.municipality().code(), view.prioritisedArea(),
                        view.participations().stream().map(p -> new UnitParticipation(p.operation(),
                                p.operation() == OPEN_PRESCHOOL ? goteborgUnit : p.unit().id(), p.coLocated())).toList(),
                        view.otherActors(), view.establishedOn()));

        chromium.signIn(decider);
        chromium.open("/centres/" + uddevalla.id());
        assertThat(chromium.text()).contains("Väntar på godkännande");
        chromium.assertAccessible("familjecentral med förslag som väntar");
        chromium.open("/centres/" + uddevalla.id() + "/coordinator");
        chromium.assertAccessible("utse samordnare");
        browser.findElement(By.id("name")).sendKeys("Dora D");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("employerId")))
                .selectByValue(String.valueOf(fixtures.region().id()));
        browser.findElement(By.id("serviceGrade")).sendKeys("50");
        chromium.submit(By.cssSelector("form[action$='/coordinator'] button[type=submit]"));
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Ange dagen för styrgruppens beslut.");
        chromium.assertAccessible("utse samordnare med fel");

        chromium.open("/agreements/" + agreement + "/terminate");
        chromium.assertAccessible("registrera uppsägning");
        setDate("noticedOn", clock.today().toString());
        chromium.submit(By.cssSelector("form[action$='/terminate'] button[type=submit]"));
        assertThat(chromium.text()).contains("Avtalet upphör att gälla", "Registreringen kan inte ångras");
        chromium.assertAccessible("vad en uppsägning innebär");
        chromium.submit(By.cssSelector("form[action$='/terminate'] button[type=submit]"));
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Kryssa i att du har läst vad som händer");
        chromium.assertAccessible("uppsägning utan bekräftelse");
        chromium.signOut();

        chromium.signIn(goteborgAdmin);
        chromium.open("/forslag");
        assertThat(chromium.text()).contains(view.name());
        chromium.assertAccessible("förslag att godkänna");
        chromium.signOut();
    }

    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), isoDate);
    }

    @Test
    void theScanFindsViolationsWhereThereAreSome() {
        browser.get("data:text/html;charset=utf-8,<html><body><input type=text><img src=x></body></html>");
        assertThat(chromium.violations()).extracting(Rule::getId).contains("image-alt", "label", "html-has-lang");
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboard() {
        chromium.open("/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Hoppa till huvudinnehållet");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}

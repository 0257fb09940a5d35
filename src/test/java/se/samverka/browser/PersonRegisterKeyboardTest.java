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
import se.samverka.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Staff of a child-health unit keep their register of persons with the keyboard alone, in Debian's headless
 * Chromium: a child registered after correcting the form from its error summary, a consent of both custodians, a
 * disclosure on it, a refused disclosure, the consent withdrawn, and a person with protected identity found by the
 * whole number and opened with a reason; then the principal's log reviewer finds that access flagged and documents
 * the review. Each page state passes axe-core (WCAG 2.1 A and AA).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonRegisterKeyboardTest {

    /** Valid samordningsnummer with birth numbers in the test series 980–999, as in the demo. */
    private static final String CHILD = "20250374-9828";
    private static final String PROTECTED = "20230681-9844";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private Browser browser;
    private Keyboard keyboard;
    private String register;
    private String logReviewer;
    @Autowired
    TestClock clock;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(port);
        keyboard = new Keyboard(browser);
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, PREVENTIVE_SOCIAL_SERVICES, true);
        register = "/centres/" + centre.id() + "/register/" + centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().getFirst()));
        logReviewer = fixtures.account(new Grant(Role.LOG_REVIEWER, fixtures.region().id()));

        keyboard.signIn(staff);
    }

    private static java.nio.file.Path file(String name, int size) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("samtycke").resolve(name);
        byte[] content = new byte[size];
        System.arraycopy("%PDF-1.7".getBytes(), 0, content, 0, 8);
        return java.nio.file.Files.write(file, content);
    }

    private static java.nio.file.Path signedForm() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("samtycke").resolve("undertecknat.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void walksFromPersonToConsentToDisclosureToRefusalToWithdrawalAndOpensAProtectedPersonWhichTheLogReviewFlags()
            throws java.io.IOException {
        browser.open("/personregister");
        browser.assertAccessible("personregister");
        keyboard.follow(By.cssSelector("a[href$='" + register + "']"));
        browser.assertAccessible("register");
        keyboard.follow(By.cssSelector("a[href$='/new']"));
        browser.assertAccessible("ny person");

        keyboard.choose(By.id("kind"), "Barn");
        keyboard.type(By.id("name"), "Elsa Tangentsson");
        keyboard.type(By.id("identityNumber"), CHILD.replace("9828", "9829"));
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.find(By.className("error-summary")).getText()).contains("Kontrollsiffran stämmer inte",
                "Ange om barnet har gemensam vårdnad.", "Skriv namnet på barnets vårdnadshavare.");
        assertThat(browser.find(By.id("identityNumber")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("ny person med fel");

        keyboard.replace(By.id("identityNumber"), CHILD);
        keyboard.toggle(By.id("jointCustody-true"));
        keyboard.type(By.id("custodian1"), "Anna Tangentsson");
        keyboard.type(By.id("custodian2"), "Erik Tangentsson");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Personen är registrerad.", "Elsa Tangentsson", CHILD, "Anna Tangentsson");
        browser.assertAccessible("personen");

        keyboard.follow(By.linkText("Registrera ett samtycke"));
        browser.assertAccessible("nytt samtycke");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.find(By.className("error-summary")).getText()).contains("Välj minst ett slag av uppgifter.",
                "Välj syftet.", "Välj om samtycket lämnades skriftligt eller muntligt.");
        browser.assertAccessible("samtycke med fel");
        keyboard.toggle(By.id("informationKinds-HEALTH"));
        keyboard.choose(By.id("purpose"), "Samordnat föräldrastöd");
        keyboard.toggle(By.id("givenHow-WRITTEN"));
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Samtycket är registrerat.",
                "Från barnhälsovård till förebyggande socialtjänst", "Gäller");
        browser.assertAccessible("personen med samtycke");

        String personPage = browser.driver().getCurrentUrl();
        browser.find(By.cssSelector("input[type=file]")).sendKeys(file("stor.pdf", 13 * 1024 * 1024).toString());
        keyboard.submit(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        assertThat(browser.text()).contains("Filen är för stor");
        browser.open(personPage.substring(personPage.indexOf("/centres/")));
        browser.find(By.cssSelector("input[type=file]")).sendKeys(signedForm().toString());
        keyboard.submit(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        assertThat(browser.text()).contains("Det undertecknade formuläret är bifogat.");
        browser.assertAccessible("personen med undertecknat formulär");

        keyboard.follow(By.linkText("Lämna uppgifter till en annan verksamhet"));
        browser.assertAccessible("utlämnande");
        keyboard.choose(By.id("to"), "Förebyggande socialtjänst");
        keyboard.choose(By.id("informationKind"), "Uppgifter om hälsa");
        keyboard.type(By.id("what"), "Tillväxtkurva");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Utlämnandet är registrerat", "Lämnat till förebyggande socialtjänst");
        browser.assertAccessible("personen efter utlämnande");

        keyboard.follow(By.linkText("Lämna uppgifter till en annan verksamhet"));
        keyboard.choose(By.id("to"), "Förebyggande socialtjänst");
        keyboard.choose(By.id("informationKind"), "Kontaktuppgifter");
        keyboard.type(By.id("what"), "Telefonnummer");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.find(By.className("error-summary")).getText()).contains("Uppgifterna får inte lämnas",
                "omfattar inte kontaktuppgifter", "Det nekade utlämnandet är loggat.");
        browser.assertAccessible("nekat utlämnande");

        browser.open(register);
        keyboard.follow(By.linkText("Elsa Tangentsson"));
        keyboard.follow(By.partialLinkText("Återkalla samtycke"));
        browser.assertAccessible("återkalla samtycke");
        keyboard.toggle(By.id("how-WRITTEN"));
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Återkallelsen är registrerad.", "Återkallat",
                "Lämnat till förebyggande socialtjänst", "Nekade utlämnanden");
        browser.assertAccessible("personen efter återkallelse");

        browser.open(register + "/new");
        keyboard.choose(By.id("kind"), "Förälder");
        keyboard.type(By.id("name"), "Pia Skyddad");
        keyboard.type(By.id("identityNumber"), PROTECTED);
        keyboard.toggle(By.id("protectedIdentity"));
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Personen är registrerad.", "Elsa Tangentsson")
                .doesNotContain("Pia Skyddad");

        keyboard.type(By.id("q"), PROTECTED);
        keyboard.submit(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(browser.text()).contains("Skyddad identitet").doesNotContain("Pia Skyddad");
        browser.assertAccessible("sökt på personnummer");
        keyboard.follow(By.linkText("Skyddad identitet"));
        browser.assertAccessible("skäl för skyddad identitet");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.find(By.className("error-summary")).getText())
                .contains("Skriv skälet till att du öppnar uppgifterna.");
        browser.assertAccessible("skäl saknas");
        keyboard.type(By.id("reason"), "Inbokat samtal i dag");
        keyboard.submit(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.text()).contains("Pia Skyddad", PROTECTED, "Personen har skyddad identitet");
        browser.assertAccessible("personen med skyddad identitet");

        browser.signOut();
        keyboard.signIn(logReviewer);
        browser.open("/logggranskning/" + fixtures.region().id() + "?fran=" + clock.today().withDayOfMonth(1)
                + "&till=" + clock.today());
        assertThat(browser.text()).contains("Skyddad identitet", "Inbokat samtal i dag", "Stickprov")
                .doesNotContain("Pia Skyddad").doesNotContain("Elsa Tangentsson");
        browser.assertAccessible("logggranskning");
        keyboard.submit(By.cssSelector("#review-form button[type=submit]"));
        assertThat(browser.find(By.className("error-summary")).getText()).contains("Kryssa i vad som granskades",
                "Välj resultat.");
        browser.assertAccessible("logggranskning med fel");
        keyboard.toggle(By.id("protectedIdentity"));
        keyboard.choose(By.id("outcome"), "Utan anmärkning");
        keyboard.submit(By.cssSelector("#review-form button[type=submit]"));
        assertThat(browser.text()).contains("Granskningen är dokumenterad.");
        assertThat(browser.find(By.cssSelector("section[aria-labelledby=documented-heading] table")).getText())
                .contains("Åtkomster till skyddad identitet", "Utan anmärkning");
        browser.assertAccessible("dokumenterad logggranskning");

        var window = browser.driver().manage().window();
        var wide = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(360, 800));
        try {
            browser.open(browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().indexOf("/logg")));
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue())
                    .as("the log review at 360 px does not scroll sideways (WCAG 1.4.10)").isLessThanOrEqualTo(0);
        } finally {
            window.setSize(wide);
        }
    }
}

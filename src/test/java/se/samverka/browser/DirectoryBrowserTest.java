package se.samverka.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The public directory in Chromium, without signing in: a parent finds a family centre with the keyboard and reads
 * its page, in Swedish and in English; a visitor reads the accessibility statement and sends feedback. Each page passes axe-core (WCAG 2.1 A and AA) and none scrolls sideways at
 * 320 px.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryBrowserTest {

    private static final String LIDKOPING = "1494";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private Browser browser;
    private Keyboard keyboard;
    private Fixtures.Centre centre;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(port);
        keyboard = new Keyboard(browser);
        centre = fixtures.centre(LIDKOPING, false, MIDWIFE_CLINIC, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParentFindsAFamilyCentreWithTheKeyboardInSwedishAndEnglish() {
        browser.open("/hitta");
        assertThat(browser.text()).contains("Hitta en familjecentral");
        browser.assertAccessible("hitta");
        keyboard.choose(By.id("kommun"), "Lidköping");
        keyboard.submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).contains("kommun=" + LIDKOPING);
        browser.assertAccessible("sökträffar");
        keyboard.follow(By.linkText(centre.name()));
        assertThat(browser.text()).contains(centre.name(), "Barnhälsovården (BVC)", "Samarbetar från en annan adress");
        browser.assertAccessible("en familjecentral");

        keyboard.follow(By.linkText("English"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/en/hitta/" + centre.id());
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.text()).contains("What you will find here", "Child health care (BVC)");
        browser.assertAccessible("a family centre");
        keyboard.follow(By.linkText("Find a family centre"));
        assertThat(browser.text()).contains("Find a family centre", "Lidköping:");
        browser.assertAccessible("find");
        assertThat(browser.driver().manage().getCookies()).as("no cookie for an anonymous visitor").isEmpty();
    }

    @Test
    void aVisitorReadsTheAccessibilityStatementAndSendsFeedbackWithTheKeyboard() {
        browser.open("/hitta");
        keyboard.follow(By.linkText("Tillgänglighet för webbplatsen"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/tillganglighet");
        assertThat(browser.text()).contains("Hur tillgänglig är webbplatsen?", "Tillsyn", "Hur vi testat webbplatsen");
        browser.assertAccessible("tillgänglighetsredogörelsen");

        By send = By.cssSelector("main form button[type=submit]");
        keyboard.type(By.id("email"), "inte en adress");
        keyboard.submit(send);
        assertThat(browser.text()).contains("Skriv vad som inte fungerar.",
                "Skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt.");
        browser.assertAccessible("tillgänglighetsredogörelsen med fel i formuläret");
        keyboard.type(By.id("problem"), "Fokus syns inte på knappen Visa de närmaste.");
        keyboard.replace(By.id("email"), "besok@exempel.se");
        keyboard.submit(send);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/tillganglighet?tack");
        assertThat(browser.text()).contains("Tack! Vi har tagit emot dina synpunkter.");
        browser.assertAccessible("kvittot");

        keyboard.follow(By.linkText("English"));
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.text()).contains("Accessibility of Family centres in Västra Götaland", "Supervision");
        browser.assertAccessible("the accessibility statement");
        assertThat(browser.driver().manage().getCookies()).as("no cookie for an anonymous visitor").isEmpty();
    }

    @Test
    void noDirectoryPageScrollsSidewaysAt320Pixels() {
        browser.atWidth(320, () -> List.of("/hitta", "/hitta?kommun=" + LIDKOPING, "/hitta/" + centre.id(),
                "/en/hitta", "/en/hitta/" + centre.id(), "/tillganglighet", "/en/tillganglighet?tack")
                .forEach(browser::assertReflows));
    }
}

package se.samverka.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.StatementCounter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The coordinator writes a centre's public page as a draft, previews it and publishes it; the public sees only what
 * was published (the test clock stands on Wednesday 2 December 2026 at 10.00).
 */
@IntegrationTest
class PublicPageTest {

    private static final String ESSUNGA = "1445";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aDraftIsSeenInThePreviewAndByThePublicOnlyOncePublished() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String path = "/centres/" + centre.id() + "/public-page";

        send(post(path + "/contact").param("version", "0").param("phone", "0512-123 45")
                .param("email", "familjecentralen@essunga.se").param("website", "https://essunga.se/fc")
                .param("transit", "Nossebro busstation").param("directions", "Ingång från parken.")
                .param("latitude", "58,1886").param("longitude", "12,7170"), coordinator)
                .andExpect(status().is3xxRedirection());
        send(post(path + "/hours").param("version", "1").param("operation", "").param("kind", "OPEN")
                .param("days", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .param("opens", "09.00").param("closes", "16:00"), coordinator).andExpect(status().is3xxRedirection());
        send(post(path + "/hours").param("version", "2").param("operation", "CHILD_HEALTH").param("kind", "PHONE")
                .param("days", "MONDAY", "WEDNESDAY").param("opens", "08.00").param("closes", "09.00"), coordinator)
                .andExpect(status().is3xxRedirection());
        send(post(path + "/closures").param("version", "3").param("from", "2026-12-24").param("to", "2027-01-06")
                .param("operation", "OPEN_PRESCHOOL").param("reason", "PUBLIC_HOLIDAY")
                .param("note", "Öppnar igen 7 januari"), coordinator).andExpect(status().is3xxRedirection());
        send(post(path + "/accessibility").param("version", "4").param("features", "STEP_FREE_ENTRANCE",
                        "HEARING_LOOP").param("note", "").param("languages", "sv", "ar", "so"), coordinator)
                .andExpect(status().is3xxRedirection());
        send(post(path + "/texts").param("version", "5")
                .param("texts[OPEN_PRESCHOOL-sv]", "Sångstund varje onsdag.")
                .param("texts[OPEN_PRESCHOOL-en]", "Songs every Wednesday."), coordinator)
                .andExpect(status().is3xxRedirection());

        assertThat(page("/hitta/" + centre.id())).contains(centre.name())
                .doesNotContain("0512-123 45", "Öppet nu", "Sångstund");
        String preview = page(path + "/preview", coordinator);
        assertThat(preview).contains("Förhandsgranskning av utkastet", "0512-123 45", "Sångstund varje onsdag.",
                "Öppet nu, till 16.00", "Måndag–fredag", "09.00–16.00", "Telefontid", "Måndag, onsdag",
                "Helgdag", "(<span>öppen förskola</span>)", "Öppnar igen 7 januari", "Hörslinga", "Svenska, arabiska, somaliska",
                "noindex");
        assertThat(page(path + "/preview/en", coordinator)).contains("<html lang=\"en\"", "Songs every Wednesday.",
                "Open now, until 16:00", "Monday–Friday", "Swedish, Arabic, Somali");

        send(post(path + "/publish").param("version", "6"), coordinator).andExpect(status().is3xxRedirection());
        String published = page("/hitta/" + centre.id());
        assertThat(published).contains("href=\"tel:051212345\"", "mailto:familjecentralen@essunga.se",
                "Nossebro busstation", "Öppet nu, till 16.00", "Sångstund varje onsdag.", "Entré utan trappsteg",
                "Sidan uppdaterades 2 december 2026.", "openstreetmap.org/?mlat=58.1886")
                .doesNotContain("Förhandsgranskning");
        assertThat(page("/en/hitta/" + centre.id())).contains("Songs every Wednesday.", "Telephone hours",
                "Public holiday", "This page was updated on 2 December 2026.");
        JsonNode data = json.readTree(structuredData(published));
        JsonNode place = data.get("availableChannel").get("serviceLocation");
        assertThat(place.get("telephone").asString()).isEqualTo("0512-123 45");
        assertThat(place.get("geo").get("latitude").asDouble()).isEqualTo(58.1886);
        assertThat(place.get("openingHoursSpecification").get(0).get("dayOfWeek").get(0).asString())
                .isEqualTo("https://schema.org/Monday");
        assertThat(place.get("openingHoursSpecification").get(0).get("opens").asString()).isEqualTo("09:00");
        assertThat(data.get("availableLanguage").toString()).isEqualTo("[\"sv\",\"ar\",\"so\"]");
        assertThat(page("/hitta?kommun=" + ESSUNGA)).contains("Öppet nu, till 16.00");

        assertThat(page(path, coordinator)).containsPattern("Publicerad 2026-12-02 10:[0-9]{2} av " + coordinator);
        assertThat(jdbc.sql("select detail from audit_event where object_type = 'public-page' and object_id = :id "
                        + "order by id").param("id", String.valueOf(centre.id())).query(String.class).list())
                .containsExactly("utkast ändrat: kontaktuppgifter", "utkast ändrat: tider tillagda",
                        "utkast ändrat: tider tillagda", "utkast ändrat: stängt tillagt",
                        "utkast ändrat: tillgänglighet och språk", "utkast ändrat: texter om verksamheterna",
                        "publicerad");

        send(post(path + "/unpublish").param("version", "7"), coordinator).andExpect(status().is3xxRedirection());
        assertThat(page("/hitta/" + centre.id())).contains(centre.name()).doesNotContain("0512-123 45");
        assertThat(page(path, coordinator)).contains("Inte publicerad");
    }

    @Test
    void onlyThoseWhoPrepareTheCentresMattersChangeItAndAStaleOrBadChangeChangesNothing() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        String path = "/centres/" + centre.id() + "/public-page";

        assertThat(page(path, staff)).contains("Sidan för allmänheten").doesNotContain("Publicera utkastet");
        send(post(path + "/contact").param("version", "0").param("phone", "0512-1"), staff)
                .andExpect(status().isForbidden());
        send(post(path + "/publish").param("version", "0"), staff).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());

        send(post(path + "/contact").param("version", "0").param("phone", "0512-123 45"), coordinator)
                .andExpect(status().is3xxRedirection());
        String stale = HtmlEscape.unescapeHtml(send(post(path + "/contact").param("version", "0")
                .param("phone", "0512-999 99"), coordinator).andExpect(status().isConflict()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(stale).contains("0512-999 99");
        String bad = HtmlEscape.unescapeHtml(send(post(path + "/hours").param("version", "1").param("kind", "OPEN")
                .param("opens", "25.00").param("closes", "nio"), coordinator).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(bad).contains("Välj minst en dag.", "Skriv tiden som 09.00 eller 09:00.",
                "id=\"hours-days-error\"");
        String unsafe = HtmlEscape.unescapeHtml(send(post(path + "/texts").param("version", "1")
                .param("texts[CHILD_HEALTH-sv]", "Hej\u0000då"), coordinator).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(unsafe).contains("Texten innehöll tecken som inte kan sparas", ">Hejdå</textarea>");
        send(post(path + "/hours/5/remove").param("version", "1"), coordinator).andExpect(status().isConflict());
        send(post(path + "/publish").param("version", "1"), coordinator).andExpect(status().is3xxRedirection());
        String again = HtmlEscape.unescapeHtml(send(post(path + "/publish").param("version", "2"), coordinator)
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(again).contains("Det finns inget nytt att publicera");
        assertThat(page("/hitta/" + centre.id())).contains("0512-123 45").doesNotContain("0512-999 99");

        Fixtures.Centre notCovered = fixtures.centre(ESSUNGA, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String other = fixtures.account(new Grant(Role.COORDINATOR, notCovered.id()));
        assertThat(page("/centres/" + notCovered.id() + "/public-page", other))
                .contains("omfattas inte av samverkansavtalet");
        send(post("/centres/" + notCovered.id() + "/public-page/contact").param("version", "0")
                .param("phone", "0512-123 45"), other).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from public_page where centre_id = :id").param("id", notCovered.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void nearMeListsTheCentresByDistanceFromTheVisitorsPosition() throws Exception {
        Fixtures.Centre near = fourOperations();
        Fixtures.Centre far = fourOperations();
        Fixtures.Centre unknown = fourOperations();
        place(near, "58.190", "12.720");
        place(far, "58.300", "12.900");

        String page = page("/hitta?kommun=" + ESSUNGA + "&nara=58.188,12.717");
        assertThat(page).contains("Närmast först", "0,3 km bort");
        assertThat(page.indexOf(near.name())).isLessThan(page.indexOf(far.name()));
        assertThat(page.indexOf(far.name())).isLessThan(page.indexOf(unknown.name()));
        assertThat(page("/hitta?nara=0,0")).contains("Positionen gick inte att läsa");
    }

    @Test
    void aPageIsKeptAsRenderedUntilWhatItShowsChangesAndThenMadeAgain() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String path = "/en/hitta/" + centre.id();
        page(path);
        StatementCounter.Counts kept = StatementCounter.of(() -> page(path));
        assertThat(kept.statements()).as("only the directory's version is asked for").isEqualTo(1);

        place(centre, "58.190", "12.720");
        assertThat(page(path)).contains("openstreetmap.org/?mlat=58.19");
        fixtures.centre(ESSUNGA, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        assertThat(StatementCounter.of(() -> page(path)).statements()).as("a new centre in the registry")
                .isGreaterThan(1);
    }

    private void place(Fixtures.Centre centre, String latitude, String longitude) throws Exception {
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String path = "/centres/" + centre.id() + "/public-page";
        send(post(path + "/contact").param("version", "0").param("latitude", latitude)
                .param("longitude", longitude), coordinator).andExpect(status().is3xxRedirection());
        send(post(path + "/publish").param("version", "1"), coordinator).andExpect(status().is3xxRedirection());
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre(ESSUNGA, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(csrf()).with(fixtures.as(user)));
    }

    private String page(String path) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String structuredData(String page) {
        Matcher matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}

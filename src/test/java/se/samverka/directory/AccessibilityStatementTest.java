package se.samverka.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accessibility statement in both languages, its feedback form on the stateless public chain, and the county's
 * list of the feedback, on a real PostgreSQL.
 */
@IntegrationTest
class AccessibilityStatementTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    FeedbackEmailPurge purge;

    @Test
    void theStatementHasDiggsHeadingsInBothLanguagesWithoutASessionOrCookie() throws Exception {
        String swedish = page("/tillganglighet");
        assertThat(swedish).contains("<html lang=\"sv\"", "<h1>Tillgänglighet för Familjecentraler i Västra Götaland</h1>",
                "<h2>Hur tillgänglig är webbplatsen?</h2>",
                "<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>",
                ">Rapportera brister i webbplatsens tillgänglighet</h2>", "<h2>Tillsyn</h2>",
                "href=\"https://www.digg.se/tdosanmalan\"",
                "<h2>Teknisk information om webbplatsens tillgänglighet</h2>", "WCAG 2.1",
                "<h2>Innehåll som inte är tillgängligt</h2>", "<h2>Hur vi testat webbplatsen</h2>",
                "Senaste bedömningen gjordes den 2026-12-04.", "Västra Götalandsregionen och kommunerna",
                "action=\"/tillganglighet\"", "hreflang=\"en\" href=\"http://localhost/en/tillganglighet\"")
                .doesNotContain("Tack!", "_csrf");
        String english = page("/en/tillganglighet");
        assertThat(english).contains("<html lang=\"en\"", "<h1>Accessibility of Family centres in Västra Götaland</h1>",
                "Supervision", "Agency for Digital Government (DIGG)", "action=\"/en/tillganglighet\"",
                "The latest assessment was made on 2026-12-04.").doesNotContain("Tillsyn");

        for (String path : new String[]{"/tillganglighet", "/en/tillganglighet"}) {
            MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(result.getResponse().getHeader("Cache-Control")).as(path).isEqualTo("public, max-age=300");
            String etag = result.getResponse().getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        }
        assertThat(page("/hitta")).contains("href=\"/tillganglighet\"");
        assertThat(page("/en/hitta")).contains("href=\"/en/tillganglighet\"", "Accessibility of this website");
    }

    @Test
    void validFeedbackIsStoredAuditedAndAnsweredWithAReceipt() throws Exception {
        String problem = "Knappen går inte att nå " + UUID.randomUUID();
        MvcResult sent = mvc.perform(post("/tillganglighet").param("problem", "  " + problem + "\r\n")
                        .param("address", "/hitta").param("email", "besok@exempel.se").param("homepage", ""))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/tillganglighet?tack")).andReturn();
        assertThat(sent.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(sent.getRequest().getSession(false)).isNull();

        var row = jdbc.sql("select id, language, page, email, handled_at from accessibility_feedback where problem = :p")
                .param("p", problem).query().singleRow();
        assertThat(row.get("language")).isEqualTo("sv");
        assertThat(row.get("page")).isEqualTo("/hitta");
        assertThat(row.get("email")).isEqualTo("besok@exempel.se");
        assertThat(row.get("handled_at")).isNull();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where object_type = 'accessibility-feedback' and action = 'CREATE'
                        and object_id = :id and person_type = 'accessibility-feedback-sender' and person_id = :id
                        and detail not like '%@%'""")
                .param("id", row.get("id").toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(page("/tillganglighet?tack")).contains("Tack! Vi har tagit emot dina synpunkter.");

        String english = "The map link is unclear " + UUID.randomUUID();
        mvc.perform(post("/en/tillganglighet").param("problem", english))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/en/tillganglighet?tack"));
        var englishRow = jdbc.sql("select language, page, email from accessibility_feedback where problem = :p")
                .param("p", english).query().singleRow();
        assertThat(englishRow.get("language")).isEqualTo("en");
        assertThat(englishRow.get("page")).isNull();
        assertThat(englishRow.get("email")).isNull();
        assertThat(page("/en/tillganglighet?tack")).contains("Thank you! We have received your feedback.");
    }

    @Test
    void badFeedbackStoresNothingAndSaysWhyInSwedish() throws Exception {
        long before = count();
        String page = mvc.perform(post("/tillganglighet").param("problem", " ").param("email", "inte-en-adress"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"error-summary\"", "href=\"#problem\"", "Skriv vad som inte fungerar.",
                "href=\"#email\"", "Skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt.",
                "value=\"inte-en-adress\"");
        String tooLong = mvc.perform(post("/tillganglighet").param("problem", "x".repeat(4001))
                        .param("address", "y".repeat(501)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).contains("(du skrev 4", "om sidan.");
        assertThat(mvc.perform(post("/en/tillganglighet").param("problem", "")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Write what does not work.");

        String filledByAScript = "Köp billiga klockor " + UUID.randomUUID();
        mvc.perform(post("/tillganglighet").param("problem", filledByAScript).param("homepage", "https://spam.example"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/tillganglighet?tack"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theCountyReadsTheFeedbackAuditedAndTheAdministratorMarksItHandled() throws Exception {
        String problem = "Kontrasten är för svag " + UUID.randomUUID();
        String other = "Fokus syns inte " + UUID.randomUUID();
        mvc.perform(post("/tillganglighet").param("problem", problem).param("email", "svar@exempel.se"))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/tillganglighet").param("problem", other)).andExpect(status().isSeeOther());
        long id = id(problem);
        long otherId = id(other);

        String admin = fixtures.account(Grant.countyAdmin());
        String list = mvc.perform(get("/lan/tillganglighet").with(fixtures.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(problem, "mailto:svar@exempel.se", "Inte hanterad",
                "Markera synpunkt " + id + " som hanterad");
        assertThat(list.indexOf(other)).isLessThan(list.indexOf(problem));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where object_type = 'accessibility-feedback' and action = 'READ'
                        and object_id = :id and actor = :actor and person_type = 'accessibility-feedback-sender'""")
                .param("id", String.valueOf(id)).param("actor", admin).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/lan").with(fixtures.as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/lan/tillganglighet\"");

        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));
        assertThat(mvc.perform(get("/lan/tillganglighet").with(fixtures.as(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(problem)
                .doesNotContain("Markera synpunkt");
        mvc.perform(post("/lan/tillganglighet/" + id + "/hanterad").param("version", "0").with(csrf())
                .with(fixtures.as(viewer))).andExpect(status().isForbidden());
        String subRegion = fixtures.account(new Grant(Role.SUB_REGION_VIEWER, 1L));
        mvc.perform(get("/lan/tillganglighet").with(fixtures.as(subRegion))).andExpect(status().isForbidden());
        String nobody = fixtures.account();
        mvc.perform(get("/lan/tillganglighet").with(fixtures.as(nobody))).andExpect(status().isForbidden());

        mvc.perform(post("/lan/tillganglighet/" + id + "/hanterad").param("version", "0").with(csrf())
                .with(fixtures.as(admin))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lan/tillganglighet"));
        assertThat(jdbc.sql("select handled_by from accessibility_feedback where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(admin);
        assertThat(mvc.perform(get("/lan/tillganglighet").with(fixtures.as(admin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Hanterad ")
                .doesNotContain("Markera synpunkt " + id + " som hanterad");

        String stale = mvc.perform(post("/lan/tillganglighet/" + otherId + "/hanterad").param("version", "3")
                        .with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("notice-warning", other);
        assertThat(jdbc.sql("select handled_at is null from accessibility_feedback where id = :id").param("id", otherId)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/lan/tillganglighet/" + id + "/hanterad").param("version", "1").with(csrf())
                .with(fixtures.as(admin))).andExpect(status().isConflict());
        mvc.perform(post("/lan/tillganglighet/99999999999/hanterad").param("version", "0").with(csrf())
                .with(fixtures.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theEmailAddressIsClearedTwoYearsAfterTheFeedbackCameIn() throws Exception {
        String problem = "Gammal synpunkt " + UUID.randomUUID();
        mvc.perform(post("/tillganglighet").param("problem", problem).param("email", "gammal@exempel.se"))
                .andExpect(status().isSeeOther());
        long id = id(problem);
        clock.set(LocalDateTime.now(clock).plusYears(2).minusHours(1));
        purge.purge();
        assertThat(email(id)).isEqualTo("gammal@exempel.se");
        clock.set(LocalDateTime.now(clock).plusHours(2));
        assertThat(purge.purge()).isPositive();
        assertThat(email(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'accessibility-feedback' "
                + "and action = 'DELETE' and object_id = :id").param("id", String.valueOf(id)).query(Long.class)
                .single()).isEqualTo(1);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long count() {
        return jdbc.sql("select count(*) from accessibility_feedback").query(Long.class).single();
    }

    private long id(String problem) {
        return jdbc.sql("select id from accessibility_feedback where problem = :p").param("p", problem)
                .query(Long.class).single();
    }

    /** The e-mail address kept, "" for none. */
    private String email(long id) {
        return jdbc.sql("select coalesce(email, '') from accessibility_feedback where id = :id").param("id", id)
                .query(String.class).single();
    }
}

package se.samverka.directory;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.plan.PlannedActivities;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

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
 * A centre's public activities on a real PostgreSQL: the coordinator adds, changes, publishes and cancels them
 * (audited, stale edits refused); the public sees them on the centre's page, in the county's calendar (Swedish and
 * English, no cookie) and in the centre's iCalendar feed. The test clock's today is Wednesday 2 December 2026.
 */
@IntegrationTest
class ActivityPagesTest {

    private static final String TOREBODA = "1473";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlannedActivities planned;

    @Test
    void theCoordinatorAddsChangesPublishesAndCancelsAnActivityAndEveryChangeIsAudited() throws Exception {
        Fixtures.Centre centre = covered();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        String title = Fixtures.unique("Babymassage");

        mvc.perform(get("/centres/{id}/aktiviteter", centre.id()).with(fixtures.as(staff)))
                .andExpect(status().isForbidden());
        send(post("/centres/{id}/aktiviteter", centre.id()), staff, activity(title, Map.of()))
                .andExpect(status().isForbidden());
        assertThat(page("/centres/" + centre.id(), coordinator)).contains("Hantera aktiviteterna i den publika katalogen");
        assertThat(page("/centres/" + centre.id(), staff)).doesNotContain("Hantera aktiviteterna");

        String bad = text(send(post("/centres/{id}/aktiviteter", centre.id()), coordinator,
                activity(title, Map.of("endTime", "09:00", "date", "2026-12-01")))
                .andExpect(status().isOk()));
        assertThat(bad).contains("Rätta följande", "Sluttiden måste vara efter starttiden.",
                "Datumet har redan varit.");
        assertThat(count(title)).isZero();

        long id = add(centre, coordinator, title);
        assertThat(audited(id, "CREATE")).isEqualTo(1);
        assertThat(page("/hitta/" + centre.id(), null)).doesNotContain(title);

        send(post("/centres/{id}/aktiviteter/{a}/publish", centre.id(), id), coordinator, Map.of("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/hitta/" + centre.id(), null)).contains("Kommande aktiviteter", title,
                "Torsdag 10 december", "10:00–11:30", "svenska, arabiska", "Ring BVC");

        String stale = text(send(post("/centres/{id}/aktiviteter/{a}", centre.id(), id), coordinator,
                activity(title + " ändrad", Map.of("version", "0"))).andExpect(status().isConflict()));
        assertThat(stale).contains("aktivitet publicerad");
        assertThat(jdbc.sql("select title from directory_activity where id = ?").param(id).query(String.class)
                .single()).isEqualTo(title);
        send(post("/centres/{id}/aktiviteter/{a}", centre.id(), id), coordinator,
                activity(title + " ändrad", Map.of("version", "1"))).andExpect(status().is3xxRedirection());
        send(post("/centres/{id}/aktiviteter/{a}/cancel", centre.id(), id), coordinator, Map.of("version", "1"))
                .andExpect(status().isConflict());
        send(post("/centres/{id}/aktiviteter/{a}/cancel", centre.id(), id), coordinator, Map.of("version", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/hitta/" + centre.id(), null)).contains("Inställd: " + title + " ändrad");
        send(post("/centres/{id}/aktiviteter/{a}/cancel", centre.id(), id), coordinator, Map.of("version", "3"))
                .andExpect(status().isConflict());
        assertThat(audited(id, "UPDATE")).isEqualTo(3);

        send(post("/centres/{id}/aktiviteter/{a}/unpublish", centre.id(), id), coordinator, Map.of("version", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/hitta/" + centre.id(), null)).doesNotContain(title);
        assertThat(audited(id, "UPDATE")).isEqualTo(4);

        Fixtures.Centre other = covered();
        mvc.perform(get("/centres/{id}/aktiviteter/{a}", other.id(), id)
                .with(fixtures.as(fixtures.account(new Grant(Role.COORDINATOR, other.id())))))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePublicSeesTheCalendarInBothLanguagesFilteredWithoutACookie() throws Exception {
        Fixtures.Centre centre = covered();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String title = Fixtures.unique("Babymassage");
        long id = add(centre, coordinator, title);
        send(post("/centres/{id}/aktiviteter/{a}/publish", centre.id(), id), coordinator, Map.of("version", "0"))
                .andExpect(status().is3xxRedirection());

        MockHttpServletResponse swedish = anonymous("/hitta/aktiviteter?kommun=" + TOREBODA);
        String sv = text(swedish);
        assertThat(sv).contains("Aktiviteter på familjecentralerna", title, "Torsdag 10 december",
                "Torsdag 17 december", centre.name(), "babymassage", "för föräldrar med barn 0–1 år");
        assertThat(swedish.getContentAsString()).contains("href=\"/hitta/" + centre.id() + "\"", "lang=\"sv\"");
        assertThat(text(anonymous("/hitta/aktiviteter?kommun=" + TOREBODA + "&typ=PARENT_GROUP"))).doesNotContain(title);
        assertThat(text(anonymous("/hitta/aktiviteter?kommun=1480"))).doesNotContain(title);
        assertThat(text(anonymous("/hitta/aktiviteter?kommun=" + TOREBODA + "&fran=2026-12-30")))
                .contains(title, "Tidigare veckor").doesNotContain("Torsdag 17 december");

        MockHttpServletResponse english = anonymous("/en/hitta/aktiviteter?kommun=" + TOREBODA + "&typ=BABY_MASSAGE");
        assertThat(text(english)).contains("Activities at the family centres", title, "Thursday 10 December",
                "baby massage", "Swedish, Arabic", "for parents of babies aged 0–1");
        assertThat(english.getContentAsString()).contains("lang=\"en\"", "href=\"/en/hitta/" + centre.id() + "\"",
                "hreflang=\"sv\"");
        assertThat(text(anonymous("/en/hitta/" + centre.id()))).contains("Upcoming activities", title,
                "Subscribe to the activities in your calendar");
        assertThat(anonymous("/hitta/" + centre.id()).getContentAsString())
                .contains("href=\"/hitta/" + centre.id() + "/aktiviteter.ics\"");
        assertThat(text(anonymous("/hitta"))).contains("Se familjecentralernas aktiviteter");

        assertThat(text(anonymous("/hitta/aktiviteter?kommun=9999&typ=NOPE"))).contains("Typen finns inte i listan");
        assertThat(text(anonymous("/hitta/aktiviteter?kommun=9999"))).contains("Kommunen finns inte i listan");
        assertThat(text(anonymous("/hitta/aktiviteter?fran=2030-01-01"))).contains("Datumet går inte att visa");
        assertThat(text(anonymous("/hitta/aktiviteter?fran=igår"))).contains("Datumet går inte att visa");
    }

    @Test
    void theFeedHasOneEventPerActivityInStockholmTimeWithItsRecurrence() throws Exception {
        Fixtures.Centre centre = covered();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String title = Fixtures.unique("Babymassage");
        long id = add(centre, coordinator, title);
        long draft = add(centre, coordinator, title + " utkast");
        send(post("/centres/{id}/aktiviteter/{a}/publish", centre.id(), id), coordinator, Map.of("version", "0"))
                .andExpect(status().is3xxRedirection());

        Calendar feed = feed(centre);
        VTimeZone zone = (VTimeZone) feed.getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        assertThat(zone.toString()).contains("TZOFFSETTO:+0100", "TZOFFSETTO:+0200", "BYMONTH=3;BYDAY=-1SU",
                "BYMONTH=10;BYDAY=-1SU").doesNotContain("Berlin");
        List<VEvent> events = feed.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        String uid = event.getProperty("UID").orElseThrow().getValue();
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(title);
        assertThat(event.getProperty("DTSTART").orElseThrow().toString())
                .isEqualTo("DTSTART;TZID=Europe/Stockholm:20261210T100000\r\n");
        assertThat(event.getProperty("DTEND").orElseThrow().toString())
                .isEqualTo("DTEND;TZID=Europe/Stockholm:20261210T113000\r\n");
        assertThat(event.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;UNTIL=20270325T090000Z");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Biblioteket, Storgatan 2");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Babymassage, för föräldrar med barn 0–1 år.", "Ta med en filt.",
                "Språk: svenska, arabiska", "Anmälan: Ring BVC");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getProperty("DTSTAMP")).isPresent();

        send(post("/centres/{id}/aktiviteter/{a}", centre.id(), id), coordinator,
                activity(title + " ny", Map.of("version", "1", "recurrence", "MONTHLY"))).andExpect(status().is3xxRedirection());
        send(post("/centres/{id}/aktiviteter/{a}/cancel", centre.id(), id), coordinator, Map.of("version", "2"))
                .andExpect(status().is3xxRedirection());
        VEvent changed = feed(centre).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(changed.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
        assertThat(changed.getProperty("RRULE").orElseThrow().getValue())
                .isEqualTo("FREQ=MONTHLY;UNTIL=20270325T090000Z;BYDAY=2TH");
        assertThat(changed.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(draft).isNotEqualTo(id);
        mvc.perform(get("/hitta/{id}/aktiviteter.ics", "abc")).andExpect(status().isNotFound());
    }

    @Test
    void anActivityOfTheOperationalPlanBecomesADraftPublicActivity() throws Exception {
        Fixtures.Centre centre = covered();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String title = Fixtures.unique("Pappagrupp");
        send(post("/centres/{id}/plans", centre.id()), coordinator, Map.of("year", "2026"))
                .andExpect(status().is3xxRedirection());
        int version = jdbc.sql("select version from plan where centre_id = ? and year = 2026").param(centre.id())
                .query(Integer.class).single();
        send(post("/centres/{id}/plans/{year}/activities", centre.id(), 2026), coordinator, Map.of("kind",
                "PARENT_GROUP", "title", title, "plannedOn", "2026-12-15", "operations", "CHILD_HEALTH",
                "version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        int key = planned.of(centre.id(), 2026).stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow().key();

        String list = mvc.perform(get("/centres/{id}/aktiviteter", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(list)).contains(title, "planYear=2026&planKey=" + key);
        String form = mvc.perform(get("/centres/{id}/aktiviteter", centre.id()).param("planYear", "2026")
                        .param("planKey", String.valueOf(key)).with(fixtures.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + title + "\"", "<option value=\"PARENT_GROUP\" selected=\"selected\"",
                "value=\"2026-12-15\"", "name=\"planKey\" value=\"" + key + "\"");

        send(post("/centres/{id}/aktiviteter", centre.id()), coordinator, activity(title, Map.of("kind",
                "PARENT_GROUP", "planYear", "2026", "planKey", "999"))).andExpect(status().isOk());
        assertThat(count(title)).isZero();
        send(post("/centres/{id}/aktiviteter", centre.id()), coordinator, activity(title, Map.of("kind",
                "PARENT_GROUP", "planYear", "2026", "planKey", String.valueOf(key))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state || ' ' || plan_year || ' ' || plan_activity_key from directory_activity where title = ?")
                .param(title).query(String.class).single()).isEqualTo("DRAFT 2026 " + key);
        assertThat(page("/centres/" + centre.id() + "/aktiviteter", coordinator))
                .contains("har gjorts till en publik aktivitet");
        assertThat(text(mvc.perform(get("/centres/{id}/aktiviteter", centre.id()).param("planYear", "2026")
                .param("planKey", "999").with(fixtures.as(coordinator))).andExpect(status().isOk())))
                .contains("Aktiviteten finns inte i verksamhetsplanen.");
    }

    private Fixtures.Centre covered() {
        return fixtures.centre(TOREBODA, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    /** A valid weekly activity from Thursday 10 December 2026, with the fields in {@code changed} replaced. */
    private static Map<String, String> activity(String title, Map<String, String> changed) {
        Map<String, String> fields = new java.util.HashMap<>(Map.ofEntries(Map.entry("kind", "BABY_MASSAGE"),
                Map.entry("title", title), Map.entry("description", "Ta med en filt."),
                Map.entry("date", "2026-12-10"), Map.entry("startTime", "10:00"), Map.entry("endTime", "11:30"),
                Map.entry("recurrence", "WEEKLY"), Map.entry("repeatUntil", "2027-03-25"),
                Map.entry("place", "Biblioteket, Storgatan 2"), Map.entry("audience", "PARENTS_OF_BABIES"),
                Map.entry("signUp", "true"), Map.entry("signUpHow", "Ring BVC")));
        fields.putAll(changed);
        return fields;
    }

    private long add(Fixtures.Centre centre, String coordinator, String title) throws Exception {
        String location = send(post("/centres/{id}/aktiviteter", centre.id()), coordinator, activity(title, Map.of()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String prefix = "/centres/" + centre.id() + "/aktiviteter/";
        assertThat(location).startsWith(prefix);
        return Long.parseLong(location.substring(prefix.length()));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, Map<String, String> params)
            throws Exception {
        params.forEach(request::param);
        if (params.containsKey("title")) {
            request.param("languages", "sv", "ar");
        }
        return mvc.perform(request.with(csrf()).with(fixtures.as(user)));
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Set-Cookie")).as(path).isNull();
        assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo(DirectoryPages.CACHE_CONTROL);
        return response;
    }

    private Calendar feed(Fixtures.Centre centre) throws Exception {
        MockHttpServletResponse response = anonymous("/hitta/" + centre.id() + "/aktiviteter.ics");
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        return new CalendarBuilder().build(new StringReader(response.getContentAsString()));
    }

    private String page(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(fixtures.as(user));
        }
        return text(mvc.perform(request).andExpect(status().isOk()));
    }

    private static String text(ResultActions result) throws Exception {
        return text(result.andReturn().getResponse());
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlEscape.unescapeHtml(response.getContentAsString().replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ");
    }

    private int audited(long id, String action) {
        return jdbc.sql("select count(*) from audit_event where object_type = 'directory-activity' and object_id = ? and action = ?")
                .params(String.valueOf(id), action).query(Integer.class).single();
    }

    private long count(String title) {
        return jdbc.sql("select count(*) from directory_activity where title = ?").param(title).query(Long.class).single();
    }
}

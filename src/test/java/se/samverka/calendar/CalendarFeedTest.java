package se.samverka.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * A user's calendar subscription: a secret link made on the calendar page, a feed of all-day dates for the
 * centres they may see and no others, and a link that stops working when renewed or revoked.
 */
@IntegrationTest
class CalendarFeedTest {

    private static final LocalDate TODAY = TestClock.START.toLocalDate();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFeedHasTheDatesOfTheUsersCentresOnlyAndTheLinkStopsWorkingWhenRenewedOrRevoked() throws Exception {
        Fixtures.Centre mine = centre();
        Fixtures.Centre other = centre();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, mine.id()));
        String otherCoordinator = fixtures.account(new Grant(Role.COORDINATOR, other.id()));
        logRound(mine, coordinator, TODAY.minusMonths(1));
        logRound(other, otherCoordinator, TODAY.minusMonths(2));

        String url = link(coordinator);
        assertThat(url).matches("http://localhost/kalender/[A-Za-z0-9_-]{43}\\.ics");
        String path = url.substring("http://localhost".length());
        assertThat(jdbc.sql("select count(*) from calendar_link where token_sha256 like :token")
                .param("token", "%" + path.substring(10, 53) + "%").query(Long.class).single())
                .as("only the SHA-256 is stored").isZero();

        String feed = mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue())
                .contains("SBA-rond – " + mine.name())
                .noneMatch(summary -> summary.contains(other.name()));
        assertThat(feed).contains("DTSTART;VALUE=DATE:" + TODAY.minusMonths(1).plusMonths(3)
                .format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(feed).as("the time stamp from the application's clock, not the machine's")
                .contains("DTSTAMP:20261202T").doesNotContain("DTSTAMP:2025").doesNotContain("DTSTAMP:2027");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentType()).startsWith("text/calendar");

        String renewed = link(coordinator).substring("http://localhost".length());
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(renewed)).andExpect(status().isOk());
        mvc.perform(post("/kalender/link/revoke").with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(renewed)).andExpect(status().isNotFound());
        mvc.perform(get("/kalender/inte-en-nyckel.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aDisabledAccountsLinkGivesNothing() throws Exception {
        Fixtures.Centre centre = centre();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String path = link(coordinator).substring("http://localhost".length());
        jdbc.sql("update app_user set enabled = false where username = :u").param("u", coordinator).update();

        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    private String link(String user) throws Exception {
        return (String) mvc.perform(post("/kalender/link").with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("url");
    }

    private void logRound(Fixtures.Centre centre, String user, LocalDate on) throws Exception {
        mvc.perform(post("/centres/{id}/premises/fire-safety/checks", centre.id()).param("kind", "ROUND")
                        .param("performedOn", on.toString()).param("outcome", "Inga brister.")
                        .with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", "STAFF_ROOM")
                        .with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection());
    }

    private Fixtures.Centre centre() {
        return fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
    }
}

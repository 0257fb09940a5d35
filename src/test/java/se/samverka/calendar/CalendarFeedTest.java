package se.samverka.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.SignedAgreements;
import se.samverka.support.TestClock;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * A user's calendar subscription: a secret link made on the calendar page, a feed of the dates of the centres they may
 * see and no others, and a link that stops working when renewed or revoked.
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

    /**
     * Meetings at their local times with the Swedish time zone, in winter and in summer; checks due on the day by which
     * they must be done, a late one flagged; reminders on what is not yet late; every link on the address Samverka is
     * reached at, never localhost:8080.
     */
    @Test
    void meetingsAreTimedEventsAndChecksDueAreAllDayWithRemindersUnlessLate() throws Exception {
        Fixtures.Centre centre = centre();
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        long winter = meeting(centre, steering, TODAY.plusDays(7).atTime(13, 0), TODAY.plusDays(7).atTime(15, 30));
        LocalDate june = LocalDate.of(2027, 6, 10);
        long summer = meeting(centre, steering, june.atTime(9, 0), june.atTime(11, 0));
        logRound(centre, steering, TODAY.minusMonths(4));

        String path = link(steering).substring("http://localhost".length());
        String feed = mvc.perform(get("http://samverka.example.se" + path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // kept in target/ for an independent reading, e.g. with ical.js
        Files.writeString(Path.of("target", "calendar-feed-sample.ics"), feed);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));

        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Stockholm");
        Component standard = zone.getObservances().stream().filter(o -> o.getName().equals("STANDARD")).findFirst()
                .orElseThrow();
        Component daylight = zone.getObservances().stream().filter(o -> o.getName().equals("DAYLIGHT")).findFirst()
                .orElseThrow();
        assertThat(standard.getRequiredProperty("TZOFFSETTO").getValue()).isEqualTo("+0100");
        assertThat(standard.getRequiredProperty("TZOFFSETFROM").getValue()).isEqualTo("+0200");
        assertThat(standard.getRequiredProperty("RRULE").getValue()).isEqualTo("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThat(daylight.getRequiredProperty("TZOFFSETTO").getValue()).isEqualTo("+0200");
        assertThat(daylight.getRequiredProperty("RRULE").getValue()).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");

        VEvent meeting = event(calendar, "meeting-" + winter);
        assertThat(meeting.getRequiredProperty("DTSTART").toString().strip())
                .isEqualTo("DTSTART;TZID=Europe/Stockholm:" + basic(TODAY.plusDays(7)) + "T130000");
        assertThat(meeting.getRequiredProperty("DTEND").toString().strip())
                .isEqualTo("DTEND;TZID=Europe/Stockholm:" + basic(TODAY.plusDays(7)) + "T153000");
        assertThat(meeting.getSummary().getValue()).isEqualTo("Samverkansmöte – " + centre.name());
        assertThat(meeting.getRequiredProperty("LOCATION").getValue()).isEqualTo("Samtalsrummet");
        assertThat(meeting.getRequiredProperty("URL").getValue()).isEqualTo("http://samverka.example.se/meetings/" + winter);
        assertThat(meeting.getAlarms()).as("a meeting is in the calendar itself").isEmpty();
        assertThat(event(calendar, "meeting-" + summer).getRequiredProperty("DTSTART").toString().strip())
                .isEqualTo("DTSTART;TZID=Europe/Stockholm:20270610T090000");

        LocalDate roundDue = TODAY.minusMonths(4).plusMonths(3);
        VEvent round = event(calendar, "fire-safety-" + centre.id() + "-ROUND");
        assertThat(round.getSummary().getValue()).isEqualTo("FÖRSENAD: SBA-rond – " + centre.name());
        assertThat(round.getRequiredProperty("DTSTART").toString().strip()).isEqualTo("DTSTART;VALUE=DATE:" + basic(roundDue));
        assertThat(round.getRequiredProperty("DTEND").toString().strip())
                .isEqualTo("DTEND;VALUE=DATE:" + basic(roundDue.plusDays(1)));
        assertThat(round.getRequiredProperty("DESCRIPTION").getValue())
                .isEqualTo("Ska göras senast " + SwedishDates.day(roundDue) + ". Den förra gjordes "
                        + SwedishDates.day(TODAY.minusMonths(4)) + ".");
        assertThat(round.getRequiredProperty("URL").getValue())
                .isEqualTo("http://samverka.example.se/centres/" + centre.id() + "/premises");
        assertThat(round.getAlarms()).as("a late check has no reminder before it").isEmpty();

        VEvent alarmCheck = event(calendar, "fire-safety-" + centre.id() + "-ALARM_CHECK");
        assertThat(alarmCheck.getSummary().getValue()).isEqualTo("Kontroll av brandlarmet – " + centre.name());
        assertThat(alarmCheck.getRequiredProperty("DESCRIPTION").getValue())
                .isEqualTo("Ska göras senast " + SwedishDates.day(TODAY) + ". Ingen är loggad ännu.");
        VAlarm reminder = alarmCheck.getAlarms().getFirst();
        assertThat(reminder.getRequiredProperty("TRIGGER").getValue()).as("seven days before, as ical4j writes it")
                .isEqualTo("-P1W");
        assertThat(reminder.getRequiredProperty("ACTION").getValue()).isEqualTo("DISPLAY");
        assertThat(feed).doesNotContain("localhost");
    }

    /**
     * The county follows up (§4): its feed has the dates of the centres' agreements, not the meetings and fire-safety
     * checks of centres it does not act on; the centre's coordinator has both.
     */
    @Test
    void theCountysFeedHasTheAgreementsDatesNotTheCentresMeetings() throws Exception {
        Fixtures.Centre centre = centre();
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        long agreement = SignedAgreements.sign(mvc, jdbc, fixtures, centre.id(), steering,
                List.of(CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES), LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 3, 31));
        long meeting = meeting(centre, steering, TODAY.plusDays(7).atTime(13, 0), TODAY.plusDays(7).atTime(15, 0));
        logRound(centre, steering, TODAY.minusMonths(1));

        String county = feed(fixtures.account(new Grant(Role.COUNTY_VIEWER, null)));
        assertThat(county).contains("UID:agreement-" + agreement + "-")
                .doesNotContain("UID:meeting-" + meeting + "@", "UID:fire-safety-" + centre.id() + "-");
        assertThat(feed(coordinator)).contains("UID:agreement-" + agreement + "-", "UID:meeting-" + meeting + "@",
                "UID:fire-safety-" + centre.id() + "-ROUND");
    }

    private String feed(String user) throws Exception {
        return mvc.perform(get(link(user).substring("http://localhost".length()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
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

    private long meeting(Fixtures.Centre centre, String user, LocalDateTime startsAt, LocalDateTime endsAt)
            throws Exception {
        mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", "COOPERATION")
                        .param("startsAt", startsAt.toString()).param("endsAt", endsAt.toString())
                        .param("place", "Samtalsrummet").param("agenda", "Föräldragrupper\n")
                        .param("premisesMatters", "false").with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from meeting where centre_id = :c and starts_at = :s").param("c", centre.id())
                .param("s", startsAt).query(Long.class).single();
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getRequiredProperty("UID").getValue().equals(uid + "@samverka")).findFirst().orElseThrow();
    }

    private static String basic(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
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

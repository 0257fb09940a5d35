package se.samverka.calendar;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The calendar page: a month as a grid of weeks with its weekdays as column headers and today marked, or as a list of
 * days; meetings with their times, checks due, a late one marked, and the centres' published activities; for one of
 * the user's centres or all; never another's; bad input told, not failed on.
 */
@IntegrationTest
class CalendarPageTest {

    private static final LocalDate TODAY = TestClock.START.toLocalDate();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMonthAndTheListShowWhatIsDatedForTheUsersCentres() throws Exception {
        Fixtures.Centre mine = centre();
        Fixtures.Centre also = centre();
        Fixtures.Centre other = centre();
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, mine.id()),
                new Grant(Role.STEERING_GROUP, also.id()));
        String otherSteering = fixtures.account(new Grant(Role.STEERING_GROUP, other.id()));
        LocalDate meetingDay = LocalDate.of(2026, 12, 9);
        meeting(mine, steering, meetingDay + "T09:00", meetingDay + "T11:00");
        meeting(other, otherSteering, meetingDay + "T13:00", meetingDay + "T15:00");
        logRound(also, steering, TODAY.minusMonths(3).minusDays(1));
        String title = Fixtures.unique("Babymassage");
        activity(mine, title, LocalDate.of(2026, 12, 15));

        Document month = page("/kalender", steering);
        Element grid = month.selectFirst("table.month-grid");
        assertThat(grid).isNotNull();
        assertThat(grid.select("thead th[scope=col]")).extracting(Element::text)
                .containsExactly("v.Vecka", "mån", "tis", "ons", "tors", "fre", "lör", "sön");
        assertThat(grid.select("thead th[abbr]").first().attr("abbr")).isEqualTo("måndag");
        assertThat(grid.select("tbody th[scope=row]")).extracting(Element::text)
                .containsExactly("49", "50", "51", "52", "53");
        assertThat(month.selectFirst("h2#month-heading").text()).isEqualTo("December 2026");
        Element today = grid.selectFirst("td[aria-current=date]");
        assertThat(today.selectFirst(".day-label").text()).isEqualTo("ons 2 dec");
        assertThat(today.text()).contains("i dag");
        assertThat(grid.select("td[aria-current]")).hasSize(1);

        Element ninth = cell(grid, "ons 9 dec");
        assertThat(ninth.text()).contains("09.00–11.00", "Samverkansmöte – " + mine.name(), "Samtalsrummet")
                .doesNotContain(other.name());
        assertThat(ninth.selectFirst("a").attr("href")).startsWith("/meetings/");
        assertThat(cell(grid, "tis 15 dec").text()).contains("10.00–11.30", title + " – " + mine.name(),
                "Biblioteket");
        Element late = cell(grid, "tis 1 dec");
        assertThat(late.text()).contains("Försenad", "SBA-rond – " + also.name());
        assertThat(month.text()).doesNotContain(other.name());
        assertThat(month.select("a[rel=prev]").attr("href")).isEqualTo("/kalender?manad=2026-11#month-heading");
        assertThat(month.select("a[rel=next]").attr("href")).isEqualTo("/kalender?manad=2027-01#month-heading");
        assertThat(month.select("nav a")).extracting(a -> a.attr("href"))
                .contains("/kalender?manad=2026-12", "/kalender?manad=2026-12&vy=lista");
        assertThat(month.select("select#centrum option")).extracting(Element::text)
                .contains("Alla dina familjecentraler", mine.name(), also.name()).doesNotContain(other.name());
        assertThat(month.selectFirst("form[action$='/kalender/link'] button")).isNotNull();

        Document list = page("/kalender?vy=lista&manad=2026-12", steering);
        assertThat(list.select("table")).isEmpty();
        assertThat(list.select(".calendar-list h3")).extracting(Element::text)
                .containsSubsequence("tis 1 dec", "ons 2 dec i dag", "ons 9 dec", "tis 15 dec");
        assertThat(list.selectFirst("a[aria-current=page]").text()).isEqualTo("Lista");

        Document one = page("/kalender?vy=lista&centrum=" + mine.id(), steering);
        assertThat(one.text()).contains("Samverkansmöte – " + mine.name()).doesNotContain("SBA-rond – " + also.name());
        assertThat(one.select("select#centrum option[selected]").text()).isEqualTo(mine.name());
        assertThat(one.select("a[rel=next]").attr("href"))
                .isEqualTo("/kalender?manad=2027-01&centrum=" + mine.id() + "&vy=lista#month-heading");

        Document refused = page("/kalender?centrum=" + other.id() + "&manad=2026-13", steering);
        assertThat(refused.select("[role=alert]").text())
                .isEqualTo("Du kan inte se den familjecentralen. Alla dina familjecentraler visas.");
        assertThat(refused.text()).doesNotContain(other.name());
        assertThat(page("/kalender?manad=2026-13", steering).select("[role=alert]").text())
                .startsWith("Månaden finns inte i kalendern");
        assertThat(page("/kalender?manad=1999-01", steering).selectFirst("h2#month-heading").text())
                .isEqualTo("December 2026");
        Document january = page("/kalender?manad=2027-01&vy=lista", steering);
        assertThat(january.selectFirst("h2#month-heading").text()).isEqualTo("Januari 2027");
        assertThat(january.select("a[rel=prev]").attr("href")).isEqualTo("/kalender?manad=2026-12&vy=lista#month-heading");
        assertThat(january.select("nav a")).extracting(a -> a.attr("href"))
                .contains("/kalender?vy=lista#month-heading", "/kalender?manad=2027-01");
        assertThat(january.text()).contains("Inget har ett datum den här månaden.");
    }

    private static Element cell(Element grid, String label) {
        return grid.select("td").stream().filter(td -> td.selectFirst(".day-label").text().equals(label)).findFirst()
                .orElseThrow();
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void meeting(Fixtures.Centre centre, String user, String startsAt, String endsAt) throws Exception {
        mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", "COOPERATION")
                        .param("startsAt", startsAt).param("endsAt", endsAt)
                        .param("place", "Samtalsrummet").param("agenda", "Föräldragrupper\n")
                        .param("premisesMatters", "false").with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection());
    }

    private void logRound(Fixtures.Centre centre, String user, LocalDate on) throws Exception {
        mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", "STAFF_ROOM")
                        .with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/fire-safety/checks", centre.id()).param("kind", "ROUND")
                        .param("performedOn", on.toString()).param("outcome", "Inga brister.")
                        .with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection());
    }

    private void activity(Fixtures.Centre centre, String title, LocalDate on) {
        jdbc.sql("""
                        insert into directory_activity (centre_id, uid, kind, title, description, starts_on, start_time,
                            end_time, recurrence, place, audience, languages, sign_up, state, changed_at)
                        values (?, ?, 'BABY_MASSAGE', ?, '', ?, '10:00', '11:30', 'NONE', 'Biblioteket',
                            'PARENTS_OF_BABIES', 'sv', false, 'PUBLISHED', ?)""")
                .params(centre.id(), UUID.randomUUID(), title, on, Timestamp.from(TestClock.START.toInstant()))
                .update();
    }

    private Fixtures.Centre centre() {
        return fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
    }
}

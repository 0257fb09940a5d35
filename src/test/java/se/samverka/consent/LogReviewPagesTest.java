package se.samverka.consent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The log review (R13d; HSLF-FS 2016:40 4 kap. 9 §): the LOG_REVIEWER of a principal sees the accesses in its units'
 * registers, a random sample and each flag, by record number and never by name, documents the review, and nobody
 * else sees it. Each test works in a month of its own, years ahead, so that other tests' accesses are outside it.
 */
@IntegrationTest
class LogReviewPagesTest {

    private static final AtomicInteger MONTH = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    private Fixtures.Centre centre;
    private long bvc;
    private long soc;
    private String bvcStaff;
    private String socStaff;
    private String reviewer;
    private String review;
    private LocalDateTime monthStart;

    @BeforeEach
    void centreAndReviewer() {
        centre = fixtures.centre("1480", false, CHILD_HEALTH, true, PREVENTIVE_SOCIAL_SERVICES, true);
        bvc = centre.unitIds().get(0);
        soc = centre.unitIds().get(1);
        bvcStaff = fixtures.account(new Grant(Role.STAFF, bvc));
        socStaff = fixtures.account(new Grant(Role.STAFF, soc));
        reviewer = fixtures.account(new Grant(Role.LOG_REVIEWER, fixtures.region().id()));
        review = "/logggranskning/" + fixtures.region().id();
        monthStart = LocalDateTime.of(2031, 1, 1, 0, 0).plusMonths(MONTH.getAndIncrement() * 2L);
    }

    @Test
    void theReviewShowsTheSampleAndEachFlagByRecordNumberNeverByName() throws Exception {
        LocalDateTime tuesday = monthStart.plusDays(firstTuesday()).withHour(9);
        clock.set(tuesday);
        long alva = register(bvcStaff, bvc, "Alva Granskad", false);
        mvc.perform(get(person(bvc, alva)).with(fixtures.as(bvcStaff))).andExpect(status().isOk());
        long sara = register(bvcStaff, bvc, "Sara Skyddad", true);
        mvc.perform(post(person(bvc, sara) + "/open").param("reason", "Samtal med vårdnadshavare")
                .with(csrf()).with(fixtures.as(bvcStaff))).andExpect(status().isOk());
        clock.set(tuesday.plusDays(4).withHour(11)); // the Saturday
        mvc.perform(get(person(bvc, alva)).with(fixtures.as(bvcStaff))).andExpect(status().isOk());
        clock.set(tuesday.plusDays(1).withHour(20).withMinute(15)); // Wednesday evening
        mvc.perform(get(person(bvc, alva)).with(fixtures.as(bvcStaff))).andExpect(status().isOk());
        long soraya = register(socStaff, soc, "Soraya Annanstans", false);
        access(tuesday.plusDays(2).withHour(10), "smygaren", bvc, soraya, false);
        for (int i = 0; i < 51; i++) {
            access(tuesday.plusDays(2).withHour(14).plusSeconds(i), "bladdraren", bvc, 900_000 + i, false);
        }
        clock.set(monthStart.plusMonths(1).plusDays(3).withHour(9));

        String page = html(review + "?fran=" + monthStart.toLocalDate() + "&till="
                + monthStart.plusMonths(1).minusDays(1).toLocalDate(), reviewer);

        assertThat(page).doesNotContain("Alva Granskad", "Sara Skyddad", "Soraya Annanstans");
        assertThat(section(page, "protected-heading")).contains("Skyddad identitet: 2", "Person nr " + sara,
                "SKYDDAD IDENTITET, skäl: Samtal med vårdnadshavare", "Ändamål: förande av personregister")
                .doesNotContain("Person nr " + alva + " ");
        assertThat(section(page, "outside-hours-heading")).contains("Utanför kontorstid: 2",
                tuesday.plusDays(4).toLocalDate() + " 11:00", tuesday.plusDays(1).toLocalDate() + " 20:15");
        assertThat(section(page, "outside-register-heading")).contains("Person nr " + soraya)
                .doesNotContain("Person nr " + alva + " ");
        assertThat(section(page, "many-heading")).contains("Många personer på kort tid: 1", "bladdraren", "51")
                .doesNotContain("smygaren");
        assertThat(section(page, "sample-heading")).contains("Stickprov: 20 åtkomster");
        assertThat(text(page)).contains("Åtkomster till personer i perioden " + (2 + 2 + 2 + 1 + 51));

        String suspected = html(review + "?fran=" + monthStart.toLocalDate() + "&till="
                + monthStart.plusMonths(1).minusDays(1).toLocalDate() + "&anvandare=smygaren", reviewer);
        assertThat(section(suspected, "suspected-heading")).contains("Åtkomster av smygaren: 1", "Person nr " + soraya);
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'log_review' and action = 'READ' "
                + "and actor = :reviewer").param("reviewer", reviewer).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSameDrawGivesTheSameSample() throws Exception {
        clock.set(monthStart.plusDays(firstTuesday()).withHour(9));
        for (int i = 0; i < 30; i++) {
            access(monthStart.plusDays(firstTuesday()).withHour(9).plusMinutes(i), bvcStaff, bvc, 800_000 + i, false);
        }
        clock.set(monthStart.plusMonths(1).plusDays(3).withHour(9));
        String period = "?fran=" + monthStart.toLocalDate() + "&till=" + monthStart.plusMonths(1).minusDays(1).toLocalDate();

        String first = section(html(review + period + "&urval=0123456789abcdef", reviewer), "sample-heading");
        String again = section(html(review + period + "&urval=0123456789abcdef", reviewer), "sample-heading");
        String other = section(html(review + period + "&urval=fedcba9876543210", reviewer), "sample-heading");

        assertThat(first).contains("Stickprov: 20 åtkomster").isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void theReviewIsDocumentedOnceWithItsCountsAndCannotBeChanged() throws Exception {
        clock.set(monthStart.plusDays(firstTuesday()).withHour(9));
        access(monthStart.plusDays(firstTuesday()).withHour(9), bvcStaff, bvc, 700_001, true);
        clock.set(monthStart.plusMonths(1).plusDays(3).withHour(9));
        String from = monthStart.toLocalDate().toString();
        String to = monthStart.plusMonths(1).minusDays(1).toLocalDate().toString();
        Map<String, String> form = Map.of("kind", "SAMPLE", "from", from, "to", to, "seed", "00112233aabbccdd",
                "sample", "true", "protectedIdentity", "true", "outcome", "REMARKS");

        String missing = body(document(form));
        assertThat(missing).contains("Fyll i fältet: det krävs när granskningen har anmärkning.");
        String nothingTicked = body(document(Map.of("kind", "SAMPLE", "from", from, "to", to,
                "seed", "00112233aabbccdd", "outcome", "NO_REMARKS")));
        assertThat(nothingTicked).contains("Kryssa i vad som granskades");
        String badSelection = body(document(Map.of("kind", "SAMPLE", "from", "2031-02-30", "to", to,
                "seed", "x", "sample", "true", "outcome", "NO_REMARKS")));
        assertThat(badSelection).contains("Granskningens urval kunde inte läsas. Ingenting sparades");
        assertThat(reviews()).isZero();

        var complete = new java.util.HashMap<>(form);
        complete.put("findings", "En åtkomst till skyddad identitet utan tydligt skäl.");
        complete.put("action", "Samtal med användaren och hens chef.");
        mvc.perform(documentRequest(complete)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(review + "#documented-heading"));

        Map<String, Object> row = jdbc.sql("select * from log_review where principal_id = :p order by id desc limit 1")
                .param("p", fixtures.region().id()).query().singleRow();
        assertThat(row).containsEntry("kind", "SAMPLE").containsEntry("outcome", "REMARKS")
                .containsEntry("sample_seed", "00112233aabbccdd").containsEntry("accesses", 1)
                .containsEntry("protected_flags", 1).containsEntry("sample_size", 1)
                .containsEntry("reviewed_by", reviewer);
        assertThat((String) row.get("checked")).isEqualTo(
                "Stickprovet (urval 00112233aabbccdd)\nÅtkomster till skyddad identitet");
        assertThat(page(review + "?fran=" + from + "&till=" + to, reviewer))
                .contains("Dokumenterade granskningar", "Med anmärkning", "Samtal med användaren och hens chef.",
                        "Stickprovet (urval 00112233aabbccdd)");
        Map<String, String> suspicion = Map.of("kind", "SUSPICION", "from", from, "to", to,
                "seed", "00112233aabbccdd", "otherChecks", "Alla åtkomster av användaren i perioden",
                "outcome", "NO_REMARKS");
        assertThat(body(document(suspicion))).contains("Användarnamnet kunde inte läsas");
        var named = new java.util.HashMap<>(suspicion);
        named.put("suspectedActor", bvcStaff);
        mvc.perform(documentRequest(named)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select kind || ' ' || suspected_actor || ' ' || checked from log_review "
                        + "where principal_id = :p order by id desc limit 1").param("p", fixtures.region().id())
                .query(String.class).single())
                .isEqualTo("SUSPICION " + bvcStaff + " Alla åtkomster av användaren i perioden");
        assertThatThrownBy(() -> jdbc.sql("update log_review set outcome = 'NO_REMARKS' where id = :id")
                .param("id", row.get("id")).update()).hasStackTraceContaining("permission denied");
    }

    @Test
    void aPeriodThatCannotBeReadIsSaidAndLastMonthIsShown() throws Exception {
        assertThat(page(review + "?fran=2026-13-01&till=2026-11-30", reviewer))
                .contains("Perioden kunde inte läsas", "2026-11-01 – 2026-11-30");
        assertThat(page(review + "?fran=2026-11-30&till=2026-11-01", reviewer))
                .contains("sista dag ligger före den första");
        assertThat(page(review + "?fran=2026-11-01&till=2027-01-01", reviewer)).contains("efter i dag");
        assertThat(page(review + "?fran=2024-01-01&till=2026-11-30", reviewer)).contains("högst ett år");
        assertThat(page(review + "?anvandare=x!y", reviewer)).contains("Användarnamnet kunde inte läsas");
    }

    @Test
    void onlyTheLogReviewerOfThePrincipalSeesTheReview() throws Exception {
        List<String> others = List.of(bvcStaff,
                fixtures.account(new Grant(Role.LOG_REVIEWER, fixtures.municipality("1480").id())),
                fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.region().id())),
                fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                fixtures.account(Grant.countyAdmin()),
                fixtures.account(new Grant(Role.AUDITOR, null)));
        for (String other : others) {
            mvc.perform(get(review).with(fixtures.as(other))).andExpect(status().isForbidden());
            mvc.perform(documentRequest(Map.of("kind", "SAMPLE", "from", "2026-11-01", "to", "2026-11-30",
                    "seed", "00112233aabbccdd", "sample", "true", "outcome", "NO_REMARKS"), other))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(review)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/logggranskning").with(fixtures.as(reviewer)))
                .andExpect(redirectedUrl(review));
        assertThat(page("/logggranskning", bvcStaff)).contains("Du är inte logggranskare för någon huvudman");
        mvc.perform(get(centrePath(bvc)).with(fixtures.as(reviewer))).andExpect(status().isForbidden());
        assertThat(reviews()).isZero();
    }

    private int firstTuesday() {
        int days = 0;
        while (monthStart.plusDays(days).getDayOfWeek() != java.time.DayOfWeek.TUESDAY) {
            days++;
        }
        return days;
    }

    private long register(String staff, long unit, String name, boolean protectedIdentity) throws Exception {
        var request = post(centrePath(unit) + "/persons").with(csrf()).with(fixtures.as(staff))
                .param("kind", "PARENT").param("name", name).param("reserveNumber", Fixtures.unique("R"));
        if (protectedIdentity) {
            request.param("protectedIdentity", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from person where name = :name and unit_id = :unit").param("name", name)
                .param("unit", unit).query(Long.class).single();
    }

    /** An access as the consent module writes it, at a chosen time. */
    private void access(LocalDateTime at, String actor, long unit, long personId, boolean protectedIdentity) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, object_type, object_id, detail, person_type,
                                                 person_id, actor_role, centre_id, unit_id, purpose, protected_identity)
                        values (:at, :actor, 'READ', 'person', :person, 'personregister: uppgifter', 'person', :person,
                                'STAFF', :centre, :unit, 'förande av personregister', :protected)
                        """)
                .param("at", at.atZone(TestClock.SWEDEN).toInstant().atOffset(ZoneOffset.UTC))
                .param("actor", actor).param("person", String.valueOf(personId)).param("centre", centre.id())
                .param("unit", unit).param("protected", protectedIdentity).update();
    }

    private String centrePath(long unit) {
        return "/centres/" + centre.id() + "/register/" + unit;
    }

    private String person(long unit, long id) {
        return centrePath(unit) + "/persons/" + id;
    }

    private long reviews() {
        return jdbc.sql("select count(*) from log_review where principal_id = :p")
                .param("p", fixtures.region().id()).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions document(Map<String, String> fields) throws Exception {
        return mvc.perform(documentRequest(fields)).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder documentRequest(Map<String, String> fields) {
        return documentRequest(fields, reviewer);
    }

    private MockHttpServletRequestBuilder documentRequest(Map<String, String> fields, String user) {
        var request = post(review).with(csrf()).with(fixtures.as(user));
        fields.forEach(request::param);
        return request;
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return HtmlEscape.unescapeHtml(result.andReturn().getResponse().getContentAsString());
    }

    /** The page as HTML. */
    private String html(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The page's text. */
    private String page(String path, String user) throws Exception {
        return text(html(path, user));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** The text of the page's section under the heading with this id, up to the next section. */
    private static String section(String html, String headingId) {
        int start = html.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as(headingId).isPositive();
        int end = html.indexOf("<section", start);
        return text(html.substring(start, end < 0 ? html.length() : end));
    }
}

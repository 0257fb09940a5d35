package se.samverka;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDateTime;

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
 * The pages across 31 December, 1 January and 29 February, with the test clock moved there: what the rules judge by
 * today's date (R4a, R12, R11.2b, RB2a) turns over at midnight in Stockholm, which is still 31 December in UTC.
 */
@IntegrationTest
class TurnOfTheYearTest {

    private static final LocalDateTime LAST_MINUTE_OF_2026 = LocalDateTime.of(2026, 12, 31, 23, 59);
    /** 2026-12-31T23:30 in UTC. */
    private static final LocalDateTime NEW_YEARS_NIGHT_2027 = LocalDateTime.of(2027, 1, 1, 0, 30);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegionalAgreementsPeriodTurnsOverOnNewYearsDayAndItsNoticeDeadlineIsTheLastDayOfAYear() throws Exception {
        assertThat(at(LocalDateTime.of(2026, 12, 31, 23, 59), "/", null))
                .contains("2026-01-01 – 2027-12-31", "Sista dag för skriftlig uppsägning 2026-12-31");
        assertThat(at(LocalDateTime.of(2027, 12, 31, 23, 59), "/", null))
                .contains("2026-01-01 – 2027-12-31", "Sista dag för skriftlig uppsägning 2026-12-31");
        assertThat(at(LocalDateTime.of(2028, 1, 1, 0, 30), "/", null))
                .contains("2028-01-01 – 2029-12-31", "Sista dag för skriftlig uppsägning 2028-12-31")
                .doesNotContain("2027-12-31");
        assertThat(at(LocalDateTime.of(2028, 2, 29, 12, 0), "/api/v1/rules/regional-agreement", null))
                .contains("\"periodStart\":\"2028-01-01\"", "\"periodEnd\":\"2029-12-31\"",
                        "\"noticeDeadline\":\"2028-12-31\"");
    }

    @Test
    void onNewYearsDayThisYearsPlanNeedsItsEvaluationAndTheNewYearAPlan() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        clock.set(LocalDateTime.of(2026, 12, 31, 9, 0));
        mvc.perform(post("/centres/{id}/plans", centre.id()).param("year", "2026").with(csrf())
                .with(fixtures.as(coordinator))).andExpect(status().is3xxRedirection());
        String version = jdbc.sql("select version from plan where centre_id = :centre and year = 2026")
                .param("centre", centre.id()).query(String.class).single();
        mvc.perform(post("/centres/{id}/plans/2026/goals", centre.id()).param("text", "Fler pappor i föräldragrupperna")
                        .param("indicator", "Antal pappor").param("target", "40 pappor").param("version", version)
                        .param("operations", "CHILD_HEALTH").with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());

        assertThat(at(LAST_MINUTE_OF_2026, "/centres/" + centre.id(), coordinator))
                .contains("Det finns en gemensam verksamhetsplan med mål för året.")
                .doesNotContain("Det finns ingen gemensam verksamhetsplan för året.",
                        "Verksamhetsplanen för ett avslutat år är inte utvärderad och fastställd.");
        assertThat(at(NEW_YEARS_NIGHT_2027, "/centres/" + centre.id(), coordinator))
                .contains("Det finns ingen gemensam verksamhetsplan för året.",
                        "Verksamhetsplanen för ett avslutat år är inte utvärderad och fastställd.")
                .doesNotContain("Det finns en gemensam verksamhetsplan med mål för året.");
    }

    @Test
    void fromNewYearsDayLastYearsActivityReportIsTheOneOfTheYearJustEnded() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        clock.set(LocalDateTime.of(2026, 12, 31, 9, 0));
        mvc.perform(post("/centres/{id}/reports", centre.id()).param("year", "2026").with(csrf())
                .with(fixtures.as(coordinator))).andExpect(status().is3xxRedirection());

        assertThat(at(LAST_MINUTE_OF_2026, "/centres/" + centre.id(), coordinator))
                .contains("Det finns ingen verksamhetsberättelse för förra året.",
                        "Det finns ingen verksamhetsberättelse för 2025.");
        assertThat(at(NEW_YEARS_NIGHT_2027, "/centres/" + centre.id(), coordinator))
                .contains("Förra årets verksamhetsberättelse är ett utkast och inte fastställd ännu.",
                        "Verksamhetsberättelsen för 2026 är ett utkast och inte fastställd.")
                .doesNotContain("Det finns ingen verksamhetsberättelse för förra året.");
    }

    @Test
    void aUsageRightNoticedTodayEndsAtTheTurnOfTheMonthAfterSixMonthsAcrossTheNewYearAndTheLeapDay() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String location = mvc.perform(AgreementRequests.usageRightDraft(post("/centres/{id}/agreements", centre.id()),
                                OPEN_PRESCHOOL, CHILD_HEALTH, "2026-01-01", "60").with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String agreement = location.substring(location.lastIndexOf('/'));

        assertThat(at(LAST_MINUTE_OF_2026, "/agreements" + agreement, coordinator)).contains("2027-06-30 (RB2a)");
        assertThat(at(NEW_YEARS_NIGHT_2027, "/agreements" + agreement, coordinator)).contains("2027-07-31 (RB2a)");
        assertThat(at(LocalDateTime.of(2027, 8, 31, 12, 0), "/agreements" + agreement, coordinator))
                .contains("2028-02-29 (RB2a)");
        assertThat(at(LocalDateTime.of(2028, 2, 29, 12, 0), "/agreements" + agreement, coordinator))
                .contains("2028-08-31 (RB2a)");
    }

    /** The page (or API answer) at the Stockholm time, for the user or anonymously, unescaped and without tags. */
    private String at(LocalDateTime stockholmTime, String path, String user) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (user != null) {
            request.with(fixtures.as(user));
        }
        clock.set(stockholmTime);
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return HtmlEscape.unescapeHtml(body).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }
}

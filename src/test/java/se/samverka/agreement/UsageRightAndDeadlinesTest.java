package se.samverka.agreement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.BaseOperation;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The usage-right agreement (Bilaga 2) with its notice end date (RB2a) and the insurer of shared inventory
 * (RB1a), and the dates and the R15a line that signed agreements put on the centre page.
 */
@IntegrationTest
class UsageRightAndDeadlinesTest {

    private static final List<BaseOperation> FOUR = List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL,
            PREVENTIVE_SOCIAL_SERVICES);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Agreements agreements;
    @Autowired
    AgreementTerms terms;
    @Autowired
    TestClock clock;

    @Test
    void aCentreWithoutAgreementIsFlaggedAndSignedAgreementsPutTheirDatesOnTheCentrePage() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        assertThat(centrePage(centre, coordinator)).contains("R15a", "erksamheten saknar lokalt samverkansavtal.");
        assertThat(page("/att-gora", coordinator)).contains(centre.name(), "R15a");

        LocalDate start = clock.today().withDayOfMonth(1).minusMonths(1);
        LocalDate end = start.plusYears(3).minusDays(1);
        long cooperation = create(centre, coordinator, AgreementRequests.cooperationDraft(
                post("/centres/{id}/agreements", centre.id()), FOUR, start.toString(), end.toString()));
        sendAndSignAll(cooperation, 4);

        LocalDate lastNotice = se.samverka.rules.R15d.RULE.lastNoticeDay(end, 6);
        assertThat(centrePage(centre, coordinator)).contains(
                "erksamheten styrs av ett lokalt samverkansavtal som alla parter har undertecknat",
                lastNotice.toString(), "(R15d)", end.toString());
        assertThat(page("/att-gora", coordinator)).doesNotContain("R15a");
        assertThat(terms.cooperationInForce(centre.id(), start)).hasValueSatisfying(t -> {
            assertThat(t.meetingHoursPerMonth()).isEqualByComparingTo("4");
            assertThat(t.steeringMeetingsPerYear()).isEqualTo(4);
        });
        assertThat(terms.cooperationInForce(centre.id(), end.plusDays(1))).isEmpty();
    }

    @Test
    void aTerminatedUsageRightEndsAtTheTurnOfTheMonthAfterTheNoticeAndTheLargestShareInsures() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        long usage = create(centre, coordinator, AgreementRequests.usageRightDraft(
                post("/centres/{id}/agreements", centre.id()), OPEN_PRESCHOOL, CHILD_HEALTH, "2026-01-01", "60"));
        Agreement draft = agreements.findById(usage).orElseThrow();
        assertThat(draft.terms().compensationOre()).isEqualTo(1_250_050L);
        assertThat(draft.parties()).extracting(Party::role).containsExactly(Party.GRANTOR, Party.USER);

        sendAndSignAll(usage, 2);
        assertThat(HtmlEscape.unescapeHtml(mvc.perform(get("/agreements/{id}", usage).with(fixtures.as(coordinator)))
                .andReturn().getResponse().getContentAsString()))
                .contains("Sägs avtalet upp i dag upphör det att gälla",
                        YearMonth.from(clock.today().plusMonths(6)).atEndOfMonth()
                                + " (RB2a)");
        assertThat(centrePage(centre, coordinator)).contains("Västra Götalandsregionen har störst andel av lokalerna");

        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        LocalDate notice = clock.today().minusDays(3);
        LocalDate endsOn = YearMonth.from(notice.plusMonths(6)).atEndOfMonth();
        mvc.perform(post("/agreements/{id}/terminate", usage).param("noticedOn", notice.toString())
                        .param("confirmed", "true").with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agreements/{id}/terminate", usage).with(fixtures.as(steering)))
                .andExpect(status().isOk());
        mvc.perform(post("/agreements/{id}/terminate", usage).param("noticedOn", clock.today().plusDays(1).toString())
                        .with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En uppsägning kan inte vara lämnad efter i dag.")));
        assertThat(HtmlEscape.unescapeHtml(mvc.perform(post("/agreements/{id}/terminate", usage)
                        .param("noticedOn", notice.toString()).with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
                .as("what follows, before anything is registered")
                .contains("Nyttjanderätten upphör " + endsOn, "(RB2a)", "Registreringen kan inte ångras");
        mvc.perform(post("/agreements/{id}/terminate", usage).param("noticedOn", notice.toString())
                        .param("reviewed", "true").with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kryssa i att du har läst vad som händer")));
        assertThat(agreements.findById(usage).orElseThrow().terminationNoticedOn()).isNull();

        mvc.perform(post("/agreements/{id}/terminate", usage).param("noticedOn", notice.toString())
                        .param("reviewed", "true").param("confirmed", "true").with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().is3xxRedirection());
        assertThat(centrePage(centre, coordinator)).contains(endsOn.toString(), "(RB2a)");
        mvc.perform(post("/agreements/{id}/terminate", usage).param("noticedOn", notice.toString())
                        .param("reviewed", "true").param("confirmed", "true").with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().isConflict());
        mvc.perform(get("/agreements/{id}/terminate", usage).with(fixtures.as(steering)))
                .andExpect(status().isConflict());
        assertThat(agreements.findById(usage).orElseThrow().terminationNoticedOn()).isEqualTo(notice);
    }

    @Test
    void aUsageRightWithoutPremisesOrCompensationIsRefusedAtTheFields() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        mvc.perform(AgreementRequests.usageRightDraft(post("/centres/{id}/agreements", centre.id()), OPEN_PRESCHOOL,
                                OPEN_PRESCHOOL, "2026-01-01", "0")
                        .with(AgreementRequests.replacing("premises", ""))
                        .with(AgreementRequests.replacing("compensation", "-5"))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"premises-error\"")))
                .andExpect(content().string(containsString("id=\"compensation-error\"")))
                .andExpect(content().string(containsString("id=\"userSharePercent-error\"")))
                .andExpect(content().string(containsString("id=\"user-error\"")))
                .andExpect(content().string(not(containsString("??"))));
        assertThat(agreements.findByCentreIdOrderByCreatedAt(centre.id())).isEmpty();
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    private long create(Fixtures.Centre centre, String coordinator,
                        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String location = mvc.perform(request.with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("[^0-9]", ""));
    }

    /** Sent by a member of the steering group, who decides that (§11.1), and signed by a new account per party. */
    private void sendAndSignAll(long id, int parties) throws Exception {
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP,
                agreements.findById(id).orElseThrow().centreId()));
        List<String> signatories = new java.util.ArrayList<>();
        for (int i = 0; i < parties; i++) {
            signatories.add(fixtures.account());
        }
        mvc.perform(AgreementRequests.send(id, agreements.findById(id).orElseThrow().version(), signatories)
                .with(csrf()).with(fixtures.as(steering))).andExpect(status().is3xxRedirection());
        String sha = agreements.findById(id).orElseThrow().documentSha256();
        for (String signatory : signatories) {
            mvc.perform(AgreementRequests.sign(id, sha).with(csrf()).with(fixtures.as(signatory)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(agreements.findById(id).orElseThrow().status()).isEqualTo(AgreementStatus.SIGNED);
    }

    private String centrePage(Fixtures.Centre centre, String user) throws Exception {
        return page("/centres/" + centre.id(), user);
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}

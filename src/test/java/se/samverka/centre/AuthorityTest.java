package se.samverka.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.identity.AccountSummary;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.identity.UserAccounts;
import se.samverka.rules.BaseOperation;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;

/**
 * Authority after §11 of the agreement (docs/authority.md): the steering group decides, the coordinator prepares,
 * staff follow without the economy, a signatory sees what they sign and the centre's page, and a party's unit or
 * employment of the coordinator needs that party's consent.
 */
@IntegrationTest
class AuthorityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorPreparesAndOnlyTheSteeringGroupDecides() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()),
                new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id()));
        long goteborg = fixtures.municipality("1480").id();
        String year = "2026";
        long agreement = draft(centre, coordinator);

        Map<String, MockHttpServletRequestBuilder> decisions = Map.of(
                "utse samordnare", post("/centres/{id}/coordinator", centre.id()).param("name", "Maja M")
                        .param("employerId", String.valueOf(goteborg)).param("serviceGrade", "40")
                        .param("appointedOn", "2026-01-15").param("version", "0"),
                "skicka avtalet", AgreementRequests.send(agreement, version("agreement", agreement), List.of(fixtures.account(), fixtures.account())),
                "fastställa planen", post("/centres/{id}/plans/{year}/lock", centre.id(), year).param("version", "0"),
                "fastställa berättelsen", post("/centres/{id}/reports/{year}/adopt", centre.id(), year).param("version", "0"),
                "utse SBA-ombud", post("/centres/{id}/premises/fire-safety", centre.id()).param("representative", "Kim")
                        .param("version", "0"),
                "låsa avräkningen", post("/centres/{id}/economy/{year}/Q1/close", centre.id(), year).param("version", "0"),
                "kostnadsinställningar", post("/centres/{id}/economy/settings", centre.id()).param("year", year)
                        .param("periodLength", "QUARTER").param("version", "0"));
        for (var decision : decisions.entrySet()) {
            mvc.perform(decision.getValue().with(csrf()).with(fixtures.as(coordinator)))
                    .andExpect(status().isForbidden());
        }
        assertThat(registry.view(centre.id()).orElseThrow().coordinator()).as("the coordinator appointed nobody").isNull();
        assertThat(agreementStatus(agreement)).isEqualTo("DRAFT");

        mvc.perform(post("/centres/{id}/coordinator", centre.id()).with(csrf()).with(fixtures.as(steering))
                        .param("name", "Maja M").param("employerId", String.valueOf(goteborg)).param("serviceGrade", "40")
                        .param("appointedOn", "2026-01-15").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(registry.view(centre.id()).orElseThrow().coordinator().name()).isEqualTo("Maja M");
        mvc.perform(AgreementRequests.send(agreement, version("agreement", agreement), List.of(fixtures.account(), fixtures.account()))
                        .with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().is3xxRedirection());
        assertThat(agreementStatus(agreement)).isEqualTo("SENT");

        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/centres/" + centre.id() + "/coordinator\""))));
        mvc.perform(get("/centres/{id}/coordinator", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffFollowTheirCentreButNotItsEconomy() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(0)));
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));

        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(content().string(containsString("/centres/" + centre.id() + "/economy")));
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/centres/" + centre.id() + "/plans")))
                .andExpect(content().string(not(containsString("/centres/" + centre.id() + "/economy"))));
        for (String path : List.of("/centres/{id}/plans", "/centres/{id}/meetings", "/centres/{id}/reports",
                "/centres/{id}/premises", "/centres/{id}/agreements")) {
            mvc.perform(get(path, centre.id()).with(fixtures.as(staff))).andExpect(status().isOk());
        }
        for (String path : List.of("/centres/{id}/economy", "/centres/{id}/economy/2026/Q1",
                "/centres/{id}/economy/2026/Q1/avrakning.xlsx")) {
            mvc.perform(get(path, centre.id()).with(fixtures.as(staff))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aSignatorySeesTheAgreementAndTheCentresPageButNotItsWork() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String signatory = fixtures.account();
        long agreement = draft(centre, coordinator);

        mvc.perform(get("/agreements/{id}", agreement).with(fixtures.as(signatory))).andExpect(status().isForbidden());
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(signatory))).andExpect(status().isForbidden());
        mvc.perform(get("/centres").with(fixtures.as(signatory)))
                .andExpect(content().string(not(containsString(centre.name()))));

        mvc.perform(AgreementRequests.send(agreement, version("agreement", agreement), List.of(signatory, steering)).with(csrf())
                        .with(fixtures.as(steering)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/agreements/{id}", agreement).with(fixtures.as(signatory)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sign-heading\"")));
        mvc.perform(get("/agreements/{id}/document.pdf", agreement).with(fixtures.as(signatory)))
                .andExpect(status().isOk());
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(signatory)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(centre.name())))
                .andExpect(content().string(not(containsString("/centres/" + centre.id() + "/plans"))));
        mvc.perform(get("/centres").with(fixtures.as(signatory)))
                .andExpect(content().string(containsString(centre.name())));
        for (String path : List.of("/centres/{id}/plans", "/centres/{id}/economy", "/centres/{id}/meetings",
                "/centres/{id}/agreements", "/centres/{id}/edit")) {
            mvc.perform(get(path, centre.id()).with(fixtures.as(signatory))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/agreements/{id}/compare", agreement).with(fixtures.as(signatory)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherPrincipalsUnitTakesPartOnlyWhenItsAdministratorAccepts() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1485", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        long goteborg = fixtures.municipality("1480").id();
        String goteborgAdmin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, goteborg));
        String borasAdmin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1490").id()));
        long goteborgUnit = fixtures.unit(fixtures.municipality("1480"), OPEN_PRESCHOOL);
        long uddevallaUnit = centre.unitIds().get(1);
        CentreView before = registry.view(centre.id()).orElseThrow();

        mvc.perform(describe(centre, before, OPEN_PRESCHOOL, goteborgUnit).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());

        CentreView after = registry.view(centre.id()).orElseThrow();
        assertThat(unitOf(after, OPEN_PRESCHOOL)).as("Uddevalla's unit stays until Göteborg agrees").isEqualTo(uddevallaUnit);
        assertThat(after.name()).as("the rest of the change took effect").endsWith(" (ändrad)");
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(goteborgAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(content().string(containsString("Väntar på godkännande")));
        mvc.perform(get("/forslag").with(fixtures.as(borasAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(after.name()))));
        mvc.perform(get("/forslag").with(fixtures.as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/forslag").with(fixtures.as(goteborgAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(after.name())));

        long proposal = pendingProposal(centre.id());
        mvc.perform(post("/forslag/{id}/accept", proposal).param("version", String.valueOf(version("centre_proposal", proposal)))
                        .with(csrf()).with(fixtures.as(borasAdmin)))
                .andExpect(status().isForbidden());
        assertThat(unitOf(registry.view(centre.id()).orElseThrow(), OPEN_PRESCHOOL)).isEqualTo(uddevallaUnit);
        int answered = version("centre_proposal", proposal);
        mvc.perform(post("/forslag/{id}/accept", proposal).param("version", String.valueOf(answered)).with(csrf())
                        .with(fixtures.as(goteborgAdmin)))
                .andExpect(status().is3xxRedirection());

        assertThat(unitOf(registry.view(centre.id()).orElseThrow(), OPEN_PRESCHOOL)).isEqualTo(goteborgUnit);
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(goteborgAdmin))).andExpect(status().isOk());
        mvc.perform(post("/forslag/{id}/accept", proposal).param("version", String.valueOf(answered)).with(csrf())
                        .with(fixtures.as(goteborgAdmin)))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'centre_proposal' and object_id = ?")
                .param(String.valueOf(proposal)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aDeclinedProposalLeavesTheCentreAsItWas() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1485", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String goteborgAdmin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id()));
        long goteborgUnit = fixtures.unit(fixtures.municipality("1480"), OPEN_PRESCHOOL);
        CentreView before = registry.view(centre.id()).orElseThrow();

        mvc.perform(describe(centre, before, OPEN_PRESCHOOL, goteborgUnit).with(fixtures.as(steering)))
                .andExpect(status().is3xxRedirection());
        long proposal = pendingProposal(centre.id());
        mvc.perform(post("/forslag/{id}/decline", proposal).param("version", String.valueOf(version("centre_proposal", proposal)))
                        .with(csrf())
                        .with(fixtures.as(goteborgAdmin)))
                .andExpect(status().is3xxRedirection());

        assertThat(unitOf(registry.view(centre.id()).orElseThrow(), OPEN_PRESCHOOL)).isEqualTo(centre.unitIds().get(1));
        assertThat(jdbc.sql("select status from centre_proposal where id = ?").param(proposal).query(String.class)
                .single()).isEqualTo("DECLINED");
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(goteborgAdmin))).andExpect(status().isForbidden());
    }

    @Test
    void aPrincipalsAdministratorJoinsTheirOwnUnitAtOnce() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String goteborgAdmin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id()));
        long goteborgUnit = fixtures.unit(fixtures.municipality("1480"), OPEN_PRESCHOOL);
        long regionUnit = fixtures.unit(fixtures.region(), CHILD_HEALTH);
        CentreView before = registry.view(centre.id()).orElseThrow();

        mvc.perform(describe(centre, before, OPEN_PRESCHOOL, goteborgUnit)
                        .with(AgreementRequests.replacing("participations[1].unitId", String.valueOf(regionUnit)))
                        .with(fixtures.as(goteborgAdmin)))
                .andExpect(status().is3xxRedirection());

        CentreView after = registry.view(centre.id()).orElseThrow();
        assertThat(unitOf(after, OPEN_PRESCHOOL)).isEqualTo(goteborgUnit);
        assertThat(unitOf(after, CHILD_HEALTH)).as("the region's unit waits for the region").isEqualTo(centre.unitIds().get(0));
        assertThat(jdbc.sql("select count(*) from centre_proposal where centre_id = ? and status = 'PENDING'")
                .param(centre.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSteeringGroupsDecisionsAboutTheCoordinatorAreKeptWithTheirDates() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        long goteborg = fixtures.municipality("1480").id();
        String goteborgAdmin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, goteborg));

        mvc.perform(post("/centres/{id}/coordinator", centre.id()).with(csrf()).with(fixtures.as(steering))
                        .param("name", "Maja M").param("employerId", String.valueOf(goteborg)).param("serviceGrade", "40")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange dagen för styrgruppens beslut.")));
        mvc.perform(post("/centres/{id}/coordinator", centre.id()).with(csrf()).with(fixtures.as(steering))
                        .param("name", "Maja M").param("employerId", String.valueOf(goteborg)).param("serviceGrade", "40")
                        .param("appointedOn", "2026-01-15").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(registry.view(centre.id()).orElseThrow().coordinator())
                .as("Göteborg has not agreed to employ the coordinator").isNull();
        mvc.perform(get("/forslag").with(fixtures.as(goteborgAdmin)))
                .andExpect(content().string(containsString("Maja M")));

        long proposal = pendingProposal(centre.id());
        mvc.perform(post("/forslag/{id}/accept", proposal).param("version", String.valueOf(version("centre_proposal", proposal)))
                        .with(csrf()).with(fixtures.as(goteborgAdmin)))
                .andExpect(status().is3xxRedirection());
        CentreView appointed = registry.view(centre.id()).orElseThrow();
        assertThat(appointed.coordinator().name()).isEqualTo("Maja M");
        assertThat(appointed.coordinator().appointedOn()).hasToString("2026-01-15");

        mvc.perform(post("/centres/{id}/coordinator/dismiss", centre.id()).with(csrf()).with(fixtures.as(steering))
                        .param("version", String.valueOf(appointed.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange dagen för styrgruppens beslut.")));
        assertThat(registry.view(centre.id()).orElseThrow().coordinator()).isNotNull();
        mvc.perform(post("/centres/{id}/coordinator/dismiss", centre.id()).with(csrf()).with(fixtures.as(steering))
                        .param("decidedOn", "2026-06-30").param("version", String.valueOf(appointed.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(registry.view(centre.id()).orElseThrow().coordinator()).isNull();

        assertThat(jdbc.sql("""
                        select decision || ' ' || decided_on || ' ' || coalesce(name, '-') || ' ' || recorded_by
                        from coordinator_decision where centre_id = ? order by id""")
                .param(centre.id()).query(String.class).list())
                .containsExactly("APPOINTED 2026-01-15 Maja M " + steering, "DISMISSED 2026-06-30 - " + steering);
    }

    @Test
    void aRemovedRoleCountsOnTheNextRequest() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        RequestPostProcessor signedIn = fixtures.as(steering);
        mvc.perform(get("/centres/{id}/coordinator", centre.id()).with(signedIn)).andExpect(status().isOk());

        AccountSummary account = accounts.findEnabled(steering).orElseThrow();
        accounts.revoke(account.id(), account.version(), new Grant(Role.STEERING_GROUP, centre.id()));

        mvc.perform(get("/centres/{id}/coordinator", centre.id()).with(signedIn)).andExpect(status().isForbidden());
        mvc.perform(get("/centres/{id}", centre.id()).with(signedIn)).andExpect(status().isForbidden());
        mvc.perform(post("/centres/{id}/coordinator/dismiss", centre.id()).with(csrf()).with(signedIn)
                        .param("decidedOn", "2026-06-30").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    private long draft(Fixtures.Centre centre, String editor) throws Exception {
        String location = mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements", centre.id()),
                                List.of(CHILD_HEALTH, OPEN_PRESCHOOL), "2026-01-01", "2028-12-31")
                        .with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("[^0-9]", ""));
    }

    private int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
    }

    private String agreementStatus(long id) {
        return jdbc.sql("select status from agreement where id = ?").param(id).query(String.class).single();
    }

    private long pendingProposal(long centreId) {
        return jdbc.sql("select id from centre_proposal where centre_id = ? and status = 'PENDING'")
                .param(centreId).query(Long.class).single();
    }

    private static long unitOf(CentreView centre, BaseOperation operation) {
        return centre.participations().stream().filter(p -> p.operation() == operation).findFirst().orElseThrow()
                .unit().id();
    }

    /** The centre form as the centre is, with " (ändrad)" added to its name and the operation's unit replaced. */
    private static MockHttpServletRequestBuilder describe(Fixtures.Centre centre, CentreView view,
                                                          BaseOperation operation, long unitId) {
        MockHttpServletRequestBuilder request = post("/centres/{id}", centre.id()).with(csrf())
                .param("name", view.name() + " (ändrad)").param("street", view.address().street())
                .param("postalCode", view.address().postalCode()).param("city", view.address().city())
                .param("municipalityCode", view.municipality().code())
                .param("version", String.valueOf(view.version()));
        BaseOperation[] operations = BaseOperation.values();
        for (int i = 0; i < operations.length; i++) {
            request.param("participations[" + i + "].operation", operations[i].name());
            BaseOperation current = operations[i];
            view.participations().stream().filter(p -> p.operation() == current).findFirst().ifPresent(p -> {
                int index = java.util.Arrays.asList(operations).indexOf(current);
                request.param("participations[" + index + "].takesPart", "true")
                        .param("participations[" + index + "].unitId",
                                String.valueOf(current == operation ? unitId : p.unit().id()))
                        .param("participations[" + index + "].coLocated", String.valueOf(p.coLocated()));
            });
        }
        return request;
    }
}

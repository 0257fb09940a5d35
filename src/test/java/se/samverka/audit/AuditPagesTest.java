package se.samverka.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.identity.UserAccounts;
import se.samverka.organisation.Organisations;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/** The review of the audit log: Swedish names instead of internal keys, its filters, paging, and who may use it. */
@IntegrationTest
class AuditPagesTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    AuditChain chain;
    @Autowired
    TestClock clock;

    @Test
    void theReviewNamesActorsObjectsAndRolesInSwedishNeverByInternalKeys() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String unitName = Fixtures.unique("Socialtjänsten Solrosen");
        long unit = organisations.createUnit(fixtures.municipality("1480").id(), unitName, PREVENTIVE_SOCIAL_SERVICES, null);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        mvc.perform(formLogin("/login").user(coordinator).password(Fixtures.PASSWORD));
        String auditor = fixtures.account(new Grant(Role.AUDITOR, null));

        String aboutTheCoordinator = page(review(auditor, "person", coordinator));
        assertThat(aboutTheCoordinator).contains("konto skapat med roller Samordnare för " + centre.name(),
                "inloggning med lösenord", "Loggat in", "Skapat", displayName(coordinator) + " (" + coordinator + ")",
                "Samverka (systemet)", "Användarkonto", "lang=\"sv\"", "<caption>", "class=\"table-wrap\"");
        assertThat(aboutTheCoordinator).doesNotContain("UsernamePasswordAuthenticationToken", "COORDINATOR",
                "user " + userId(coordinator), "(" + centre.id() + ")", ">user<", ">LOGIN<", ">CREATE<", "??");

        String aboutTheUnit = page(review(auditor, "objectType", "unit", "objectId", String.valueOf(unit)));
        assertThat(aboutTheUnit).contains(unitName + " – Göteborgs kommun", "enhet för förebyggande socialtjänst");
        assertThat(aboutTheUnit).doesNotContain("PREVENTIVE_SOCIAL_SERVICES", "unit " + unit, ">unit<");

        String aboutTheCentre = page(review(auditor, "objectType", "centre", "objectId", String.valueOf(centre.id())));
        assertThat(aboutTheCentre).contains(centre.name(), "registrerad", "<option value=\"centre\" selected=\"selected\">Familjecentral</option>");
        assertThat(aboutTheCentre).doesNotContain("centre " + centre.id(), ">centre<");
    }

    @Test
    void whoAccessedAPersonIsFoundByThePersonsName() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        String seen = fixtures.account();
        String other = fixtures.account();
        mvc.perform(get("/admin/users/{id}", userId(seen)).with(fixtures.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/{id}", userId(other)).with(fixtures.as(admin))).andExpect(status().isOk());

        List<AuditEntry> entries = entries(mvc.perform(get("/granskning").param("person", displayName(seen))
                .with(fixtures.as(admin))).andExpect(status().isOk()).andReturn());

        assertThat(entries).isNotEmpty()
                .allSatisfy(e -> assertThat(e.person()).isEqualTo(displayName(seen) + " (" + seen + ")"));
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.READ)
                .extracting(AuditEntry::actor).containsExactly(displayName(admin) + " (" + admin + ")");
        assertThat(entries).extracting(AuditEntry::action).contains(AuditAction.CREATE, AuditAction.READ);

        assertThat(entries(mvc.perform(get("/granskning").param("person", seen.toUpperCase())
                .with(fixtures.as(admin))).andReturn())).as("by username, in any case").hasSameSizeAs(entries);
        mvc.perform(get("/granskning").param("person", "ingen-heter-så-" + System.nanoTime()).with(fixtures.as(admin)))
                .andExpect(content().string(containsString("Inga händelser.")));
    }

    @Test
    void theReviewFiltersByActorObjectActionAndTime() throws Exception {
        String auditor = fixtures.account(new Grant(Role.AUDITOR, null));
        String actor = "granskad-" + System.nanoTime();
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        audit.record(actor, AuditAction.READ, "centre", centre.id(), "läst");
        audit.record(actor, AuditAction.UPDATE, "centre", centre.id(), "ändrat");
        audit.record(actor, AuditAction.READ, "plan", 1, "annat objekt");

        assertThat(entries(review(auditor, "actor", actor))).extracting(AuditEntry::detail)
                .containsExactly("annat objekt", "ändrat", "läst");
        assertThat(entries(review(auditor, "actor", actor, "action", "READ"))).extracting(AuditEntry::detail)
                .containsExactly("annat objekt", "läst");
        assertThat(entries(review(auditor, "objectType", "centre", "objectId", String.valueOf(centre.id()))))
                .extracting(AuditEntry::detail).containsExactly("ändrat", "läst", "registrerad");

        LocalDate today = clock.today();
        assertThat(entries(review(auditor, "actor", actor, "from", today.minusDays(1).format(DateTimeFormatter.ofPattern("d/M yyyy")),
                "to", today.plusDays(1).toString()))).hasSize(3);
        assertThat(entries(review(auditor, "actor", actor, "from", today.plusDays(1).toString()))).isEmpty();
        assertThat(entries(review(auditor, "actor", actor, "to", today.minusDays(1).toString()))).isEmpty();
    }

    @Test
    void badFilterInputIsExplainedAtTheFieldAndShowsNothing() throws Exception {
        String auditor = fixtures.account(new Grant(Role.AUDITOR, null));
        review(auditor, "from", "31/2 2026");
        mvc.perform(get("/granskning").with(fixtures.as(auditor))
                        .param("from", "31/2 2026").param("to", "igår").param("objectType", "centre; drop")
                        .param("action", "NOPE").param("person", "a\u0000b").param("actor", "x".repeat(201))
                        .param("before", "inte-en-plats"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv datumet som ÅÅÅÅ-MM-DD")))
                .andExpect(content().string(containsString("Välj en objekttyp ur listan.")))
                .andExpect(content().string(containsString("Välj en händelse ur listan.")))
                .andExpect(content().string(containsString("styrtecken")))
                .andExpect(content().string(containsString("Skriv högst 200 tecken.")))
                .andExpect(content().string(containsString("Inga händelser.")));
        mvc.perform(get("/granskning").with(fixtures.as(auditor)).param("from", "2026-03-02").param("to", "1 mars 2026"))
                .andExpect(content().string(containsString("Till-datumet ska vara samma dag som från-datumet eller senare.")));
    }

    @Test
    void theReviewPagesNewestFirstBackAndForth() throws Exception {
        String auditor = fixtures.account(new Grant(Role.AUDITOR, null));
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        for (int i = 0; i < 57; i++) {
            audit.record("sidor", AuditAction.READ, "centre", centre.id(), "läsning " + i);
        }
        String object = String.valueOf(centre.id());

        MvcResult first = review(auditor, "objectType", "centre", "objectId", object);
        assertThat(entries(first)).hasSize(AuditPages.PAGE_SIZE).first().extracting(AuditEntry::detail).isEqualTo("läsning 56");
        assertThat(first.getModelAndView().getModel().get("newerLink")).isNull();
        String older = (String) first.getModelAndView().getModel().get("olderLink");
        assertThat(first.getResponse().getContentAsString()).contains("Nästa sida (äldre händelser)")
                .doesNotContain("Föregående sida");

        MvcResult second = mvc.perform(get(older).with(fixtures.as(auditor))).andExpect(status().isOk()).andReturn();
        assertThat(entries(second)).extracting(AuditEntry::detail).containsExactly("läsning 6", "läsning 5", "läsning 4",
                "läsning 3", "läsning 2", "läsning 1", "läsning 0", "registrerad");
        assertThat(second.getModelAndView().getModel().get("olderLink")).isNull();
        String newer = (String) second.getModelAndView().getModel().get("newerLink");
        assertThat(second.getResponse().getContentAsString()).contains("Föregående sida (nyare händelser)");

        MvcResult back = mvc.perform(get(newer).with(fixtures.as(auditor))).andExpect(status().isOk()).andReturn();
        assertThat(entries(back)).isEqualTo(entries(first));
    }

    @Test
    void aRemovedReviewerRoleTakesEffectOnTheNextRequest() throws Exception {
        String auditor = fixtures.account(new Grant(Role.AUDITOR, null));
        var signedIn = fixtures.as(auditor);
        mvc.perform(get("/granskning").with(signedIn)).andExpect(status().isOk());

        long id = userId(auditor);
        accounts.revoke(id, accounts.find(id).orElseThrow().version(), new Grant(Role.AUDITOR, null));

        mvc.perform(get("/granskning").with(signedIn)).andExpect(status().isForbidden());
        mvc.perform(post("/granskning/verifiering").with(csrf()).with(signedIn)).andExpect(status().isForbidden());
    }

    @Test
    void theReviewerVerifiesTheChainAndBothReviewAndVerificationAreLogged() throws Exception {
        String auditor = fixtures.account(new Grant(Role.AUDITOR, null));

        mvc.perform(post("/granskning/verifiering").with(csrf()).with(fixtures.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hashkedjan är hel: alla")))
                .andExpect(content().string(containsString("Kedjans senaste länk")));
        mvc.perform(get("/granskning").with(fixtures.as(auditor))).andExpect(status().isOk());

        assertThat(jdbc.sql("select detail from audit_event where actor = ? and object_type = 'audit_log' order by id")
                .param(auditor).query(String.class).list())
                .satisfiesExactly(d -> assertThat(d).startsWith("hashkedjan verifierad: Hashkedjan är hel"),
                        d -> assertThat(d).isEqualTo("granskningsloggen läst"));
    }

    @Test
    void theReviewerVerifiesAgainstALinkNotedBefore() throws Exception {
        String auditor = fixtures.account(new Grant(Role.AUDITOR, null));
        AuditChainVerification now = chain.verify();

        mvc.perform(post("/granskning/verifiering").with(csrf()).with(fixtures.as(auditor))
                        .param("anchor", now.lastPosition() + ":" + now.lastHash()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hashkedjan är hel: alla")))
                .andExpect(content().string(containsString(">" + now.lastPosition() + ":")));
        mvc.perform(post("/granskning/verifiering").with(csrf()).with(fixtures.as(auditor))
                        .param("anchor", now.lastPosition() + ":" + "f".repeat(64)))
                .andExpect(content().string(containsString("Hashkedjan är bruten")))
                .andExpect(content().string(containsString("har inte den hash som antecknades för den")));
        mvc.perform(post("/granskning/verifiering").with(csrf()).with(fixtures.as(auditor)).param("anchor", "12:xyz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv den antecknade länken som nummer, kolon")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Resultat"))));
    }

    private MvcResult review(String reviewer, String... parameters) throws Exception {
        var request = get("/granskning").with(fixtures.as(reviewer));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn();
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEntry> entries(MvcResult result) {
        return (List<AuditEntry>) result.getModelAndView().getModel().get("entries");
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = ?").param(username).query(String.class).single();
    }
}

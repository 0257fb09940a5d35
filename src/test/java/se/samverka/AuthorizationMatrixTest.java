package se.samverka;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverka.centre.CentreRegistry;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static se.samverka.AuthorizationMatrixTest.Who.*;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;

/**
 * Who may use which endpoint, for every endpoint the application has. A new endpoint without a line in
 * {@link #RULES} fails this test; so does a line for an endpoint that no longer exists.
 * <p>
 * The objects in the paths are the fixture's: centre A in Göteborg with a region child-health unit and
 * a Göteborg open pre-school, its steering group, Göteborg's principal and unit, and an account.
 * "Own" actors hold grants for them; "other" actors hold the same kind of grant for centre B in Borås.
 * Allowed requests carry input that fails validation or conflicts, so they never change the fixture.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Who {
        ANONYMOUS, COUNTY_ADMIN, AUDITOR, MUNICIPALITY_ADMIN, OTHER_MUNICIPALITY_ADMIN, REGION_ADMIN, STEERING_GROUP,
        OTHER_STEERING_GROUP, COORDINATOR, OTHER_COORDINATOR, STAFF, OTHER_STAFF, NO_ROLE
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> COUNTY = EnumSet.of(COUNTY_ADMIN);
    private static final Set<Who> REVIEWERS = EnumSet.of(COUNTY_ADMIN, AUDITOR);
    private static final Set<Who> PRINCIPAL_ADMINS = EnumSet.of(COUNTY_ADMIN, MUNICIPALITY_ADMIN,
            OTHER_MUNICIPALITY_ADMIN, REGION_ADMIN);
    private static final Set<Who> MANAGE_GOTEBORG = EnumSet.of(COUNTY_ADMIN, MUNICIPALITY_ADMIN);
    private static final Set<Who> SEE_CENTRE_A = EnumSet.of(COUNTY_ADMIN, MUNICIPALITY_ADMIN, REGION_ADMIN,
            STEERING_GROUP, COORDINATOR, STAFF);
    private static final Set<Who> EDIT_CENTRE_A = EnumSet.of(MUNICIPALITY_ADMIN, STEERING_GROUP, COORDINATOR);
    private static final Set<Who> REGISTER = EnumSet.of(COUNTY_ADMIN, MUNICIPALITY_ADMIN, OTHER_MUNICIPALITY_ADMIN);

    /** "METHOD pattern" → who may. Everyone else is refused (403, or sign-in for the anonymous). */
    private static final Map<String, Set<Who>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /", EVERYONE);
        RULES.put("GET /prova", EVERYONE);
        RULES.put("GET /login", EVERYONE);
        RULES.put("GET /error", EVERYONE);
        RULES.put("POST /api/v1/rules/classification", EVERYONE);
        RULES.put("GET /api/v1/rules/regional-agreement", EVERYONE);
        RULES.put("POST /api/v1/rules/usage-right-notice", EVERYONE);
        RULES.put("POST /api/v1/rules/cost-split", EVERYONE);
        RULES.put("POST /api/v1/rules/agreement-term", EVERYONE);
        RULES.put("GET /v3/api-docs", EVERYONE);
        RULES.put("GET /v3/api-docs.yaml", EVERYONE);

        RULES.put("GET /centres", SIGNED_IN);
        RULES.put("GET /centres/new", REGISTER);
        RULES.put("POST /centres", REGISTER);
        RULES.put("GET /centres/{id}", SEE_CENTRE_A);
        RULES.put("GET /centres/{id}/edit", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/coordinator", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/coordinator", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/coordinator/dismiss", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/steering-group", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/steering-group", EDIT_CENTRE_A);
        RULES.put("GET /steering-groups/{id}", SEE_CENTRE_A);
        RULES.put("POST /steering-groups/{id}", EDIT_CENTRE_A);
        RULES.put("GET /api/v1/centres", SIGNED_IN);
        RULES.put("GET /api/v1/centres/{id}", SEE_CENTRE_A);

        RULES.put("GET /centres/{id}/agreements", SEE_CENTRE_A);
        RULES.put("GET /centres/{id}/agreements/new", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/agreements", EDIT_CENTRE_A);
        RULES.put("GET /agreements/{id}", SEE_CENTRE_A);
        RULES.put("GET /agreements/{id}/edit", EDIT_CENTRE_A);
        RULES.put("POST /agreements/{id}", EDIT_CENTRE_A);
        RULES.put("GET /agreements/{id}/send", EDIT_CENTRE_A);
        RULES.put("POST /agreements/{id}/send", EDIT_CENTRE_A);
        RULES.put("POST /agreements/{id}/recall", EDIT_CENTRE_A);
        RULES.put("POST /agreements/{id}/sign", SEE_CENTRE_A);
        RULES.put("POST /agreements/{id}/amend", EDIT_CENTRE_A);
        RULES.put("POST /agreements/{id}/terminate", EDIT_CENTRE_A);
        RULES.put("GET /agreements/{id}/document.pdf", SEE_CENTRE_A);
        RULES.put("GET /agreements/{id}/document.docx", SEE_CENTRE_A);
        RULES.put("GET /agreements/{id}/compare", SEE_CENTRE_A);
        RULES.put("GET /att-gora", SIGNED_IN);

        RULES.put("GET /kalender", SIGNED_IN);
        RULES.put("POST /kalender/link", SIGNED_IN);
        RULES.put("POST /kalender/link/revoke", SIGNED_IN);
        RULES.put("GET /kalender/{token}.ics", EVERYONE);

        RULES.put("GET /centres/{id}/premises", SEE_CENTRE_A);
        RULES.put("POST /centres/{id}/premises/areas", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/premises/areas/{index}/remove", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/premises/fire-safety", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/premises/fire-safety/checks", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/economy", SEE_CENTRE_A);
        RULES.put("GET /centres/{id}/economy/items/new", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/economy/items", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/economy/items/{itemId}/edit", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/economy/items/{itemId}", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/economy/items/{itemId}/remove", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/economy/settings", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/economy/settings", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/economy/{year}/{period}", SEE_CENTRE_A);
        RULES.put("GET /centres/{id}/economy/{year}/{period}/avrakning.xlsx", SEE_CENTRE_A);
        RULES.put("GET /centres/{id}/economy/{year}/{period}/avrakning.pdf", SEE_CENTRE_A);
        RULES.put("POST /centres/{id}/economy/{year}/{period}/close", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/plans", SEE_CENTRE_A);
        RULES.put("POST /centres/{id}/plans", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/plans/{year}", SEE_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/goals", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/activities", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/goals/{index}/remove", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/activities/{index}/remove", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/follow-ups", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/assessments", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/evaluation", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/lock", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/plans/{year}/corrections", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/reports", SEE_CENTRE_A);
        RULES.put("POST /centres/{id}/reports", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/reports/{year}", SEE_CENTRE_A);
        RULES.put("POST /centres/{id}/reports/{year}", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/reports/{year}/refresh", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/reports/{year}/adopt", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/reports/{year}/corrections", EDIT_CENTRE_A);
        RULES.put("GET /centres/{id}/reports/{year}/verksamhetsberattelse.pdf", SEE_CENTRE_A);
        RULES.put("GET /centres/{id}/meetings", SEE_CENTRE_A);
        RULES.put("GET /centres/{id}/meetings/new", EDIT_CENTRE_A);
        RULES.put("POST /centres/{id}/meetings", EDIT_CENTRE_A);
        RULES.put("GET /meetings/{id}", SEE_CENTRE_A);
        RULES.put("GET /meetings/{id}/minutes.pdf", SEE_CENTRE_A);
        RULES.put("POST /meetings/{id}/attendees", EDIT_CENTRE_A);
        RULES.put("POST /meetings/{id}/items", EDIT_CENTRE_A);
        RULES.put("POST /meetings/{id}/actions", EDIT_CENTRE_A);
        RULES.put("POST /meetings/{id}/actions/{index}/status", EDIT_CENTRE_A);
        RULES.put("POST /meetings/{id}/{part}/{index}/remove", EDIT_CENTRE_A);
        RULES.put("POST /meetings/{id}/approve", EDIT_CENTRE_A);
        RULES.put("POST /meetings/{id}/corrections", EDIT_CENTRE_A);

        RULES.put("GET /organisations", PRINCIPAL_ADMINS);
        RULES.put("GET /organisations/new", COUNTY);
        RULES.put("POST /organisations", COUNTY);
        RULES.put("GET /organisations/{id}", MANAGE_GOTEBORG);
        RULES.put("POST /organisations/{id}", MANAGE_GOTEBORG);
        RULES.put("POST /organisations/{id}/units", MANAGE_GOTEBORG);
        RULES.put("GET /units/{id}", MANAGE_GOTEBORG);
        RULES.put("POST /units/{id}", MANAGE_GOTEBORG);

        RULES.put("GET /admin/users", COUNTY);
        RULES.put("GET /admin/users/new", COUNTY);
        RULES.put("POST /admin/users", COUNTY);
        RULES.put("GET /admin/users/scopes", COUNTY);
        RULES.put("GET /admin/users/{id}", COUNTY);
        RULES.put("POST /admin/users/{id}", COUNTY);
        RULES.put("POST /admin/users/{id}/grants", COUNTY);
        RULES.put("POST /admin/users/{id}/grants/remove", COUNTY);
        RULES.put("GET /granskning", REVIEWERS);
        RULES.put("GET /granskning/verifiering", REVIEWERS);
        RULES.put("POST /granskning/verifiering", REVIEWERS);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    private static final String PLAN_YEAR = String.valueOf(java.time.LocalDate.now(
            java.time.ZoneId.of("Europe/Stockholm")).getYear());
    private long centreA;
    private final Map<Who, String> accounts = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** Path variables other than the object's {id}. */
    private final Map<String, String> variables = new LinkedHashMap<>();

    @BeforeAll
    void fixture() throws Exception {
        Fixtures.Centre a = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        Fixtures.Centre b = fixtures.centre("1490", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        long group = registry.formSteeringGroup(a.id(), 0, "Styrgrupp A");
        long goteborg = fixtures.municipality("1480").id();
        accounts.put(COUNTY_ADMIN, fixtures.account(Grant.countyAdmin()));
        accounts.put(AUDITOR, fixtures.account(new Grant(Role.AUDITOR, null)));
        accounts.put(MUNICIPALITY_ADMIN, fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, goteborg)));
        accounts.put(OTHER_MUNICIPALITY_ADMIN, fixtures.account(new Grant(Role.PRINCIPAL_ADMIN,
                fixtures.municipality("1490").id())));
        accounts.put(REGION_ADMIN, fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.region().id())));
        accounts.put(STEERING_GROUP, fixtures.account(new Grant(Role.STEERING_GROUP, a.id())));
        accounts.put(OTHER_STEERING_GROUP, fixtures.account(new Grant(Role.STEERING_GROUP, b.id())));
        accounts.put(COORDINATOR, fixtures.account(new Grant(Role.COORDINATOR, a.id())));
        accounts.put(OTHER_COORDINATOR, fixtures.account(new Grant(Role.COORDINATOR, b.id())));
        accounts.put(STAFF, fixtures.account(new Grant(Role.STAFF, a.unitIds().get(0))));
        accounts.put(OTHER_STAFF, fixtures.account(new Grant(Role.STAFF, b.unitIds().get(0))));
        accounts.put(NO_ROLE, fixtures.account());

        ids.put("/centres/{id}", String.valueOf(a.id()));
        ids.put("/api/v1/centres/{id}", String.valueOf(a.id()));
        ids.put("/steering-groups/{id}", String.valueOf(group));
        ids.put("/organisations/{id}", String.valueOf(goteborg));
        ids.put("/units/{id}", String.valueOf(a.unitIds().get(1)));
        ids.put("/admin/users/{id}", String.valueOf(fixtures.account()));
        ids.put("/agreements/{id}", draftAgreement(a.id()));
        ids.put("/meetings/{id}", meeting(a.id()));
        variables.put("{itemId}", costItem(a.id()));
        variables.put("{year}", PLAN_YEAR);
        variables.put("{period}", "Q1");
        variables.put("{index}", "0");
        variables.put("{part}", "items");
        variables.put("{token}", "ingen-nyckel");
        centreA = a.id();
        mvc.perform(post("/centres/{id}/plans", a.id()).param("year", PLAN_YEAR)
                .with(csrf()).with(fixtures.as(accounts.get(COORDINATOR))));
        assertThat(planOfCentreA()).as("centre A has a plan for this year").contains("plan 1 ");
        mvc.perform(post("/centres/{id}/reports", a.id()).param("year", PLAN_YEAR)
                .with(csrf()).with(fixtures.as(accounts.get(COORDINATOR))));
        assertThat(reportOfCentreA()).as("centre A has a report for this year").startsWith("report 1 ");
    }

    /** Centre A's activity reports with their text and corrections, to see that no allowed request changed them. */
    private String reportOfCentreA() {
        return jdbc.sql("""
                        select 'report ' || count(*) || ' ' || coalesce(max(r.version), -1) || ' ' || coalesce(max(r.adopted_by), '-')
                            || ' ' || coalesce(max(md5(r.facts_at::text)), '-')
                            || ' text ' || (select coalesce(md5(string_agg(s.text, '|' order by s.report_id, s.position)), '-')
                                            from activity_report_section s join activity_report q on q.id = s.report_id
                                            where q.centre_id = :c)
                            || ' corrections ' || (select count(*) from activity_report_correction k
                                                   join activity_report q on q.id = k.report_id where q.centre_id = :c)
                        from activity_report r where r.centre_id = :c
                        """).param("c", centreA).query(String.class).single();
    }

    private String costItem(long centreId) throws Exception {
        mvc.perform(post("/centres/{id}/economy/items", centreId)
                        .param("year", PLAN_YEAR).param("period", "Q1").param("category", "PREMISES_RENT")
                        .param("description", "Hyra").param("amount", "1 000,00").param("payer", "CHILD_HEALTH")
                        .param("version", "0")
                        .with(csrf()).with(fixtures.as(accounts.get(COORDINATOR))))
                .andReturn();
        return String.valueOf(jdbc.sql("select max(id) from economy_cost_item where centre_id = ?").param(centreId)
                .query(Long.class).single());
    }

    /** Centre A's plan for this year with all it holds, to see that no allowed request changed it. */
    private String planOfCentreA() {
        return jdbc.sql("""
                        select 'plan ' || count(*) || ' ' || coalesce(max(p.version), -1) || ' ' || coalesce(max(p.locked_by), '-')
                            || ' ' || coalesce(max(p.overall_evaluation), '-')
                            || ' goals ' || (select count(*) from plan_goal g join plan q on q.id = g.plan_id where q.centre_id = :c)
                            || ' activities ' || (select count(*) from plan_activity g join plan q on q.id = g.plan_id where q.centre_id = :c)
                            || ' follow-ups ' || (select count(*) from plan_follow_up g join plan q on q.id = g.plan_id where q.centre_id = :c)
                            || ' corrections ' || (select count(*) from plan_correction g join plan q on q.id = g.plan_id where q.centre_id = :c)
                        from plan p where p.centre_id = :c
                        """).param("c", centreA).query(String.class).single();
    }

    private String meeting(long centreId) throws Exception {
        String location = mvc.perform(post("/centres/{id}/meetings", centreId)
                        .param("kind", "COOPERATION").param("startsAt", "2026-12-01T10:00")
                        .param("endsAt", "2026-12-01T12:00").param("place", "Konferensrummet")
                        .with(csrf()).with(fixtures.as(accounts.get(COORDINATOR))))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/meetings/");
        return location.substring("/meetings/".length());
    }

    private String draftAgreement(long centreId) throws Exception {
        String location = mvc.perform(AgreementRequests.cooperationDraft(
                        post("/centres/{id}/agreements", centreId), List.of(CHILD_HEALTH, OPEN_PRESCHOOL),
                        "2026-01-01", "2028-12-31")
                        .with(csrf()).with(fixtures.as(accounts.get(COORDINATOR))))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/agreements/");
        return location.substring("/agreements/".length());
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        assertThat(endpoints()).as("endpoints of the application").containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void eachActorMayUseExactlyTheEndpointsTheRulesAllow() throws Exception {
        String plan = planOfCentreA();
        String report = reportOfCentreA();
        List<String> wrong = new ArrayList<>();
        for (var rule : RULES.entrySet()) {
            for (Who who : Who.values()) {
                boolean allowed = allowed(rule.getKey(), who);
                if (allowed != rule.getValue().contains(who)) {
                    wrong.add(rule.getKey() + " as " + who + (allowed ? " was allowed" : " was refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(planOfCentreA()).as("no allowed request changed the plan").isEqualTo(plan);
        assertThat(reportOfCentreA()).as("no allowed request changed the activity report").isEqualTo(report);
    }

    private boolean allowed(String endpoint, Who who) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String path = pattern;
        for (var id : ids.entrySet()) {
            if (pattern.startsWith(id.getKey().substring(0, id.getKey().indexOf('{')))) {
                path = path.replace("{id}", id.getValue());
            }
        }
        for (var variable : variables.entrySet()) {
            path = path.replace(variable.getKey(), variable.getValue());
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
        harmless(request, pattern);
        if (who != ANONYMOUS) {
            request.with(fixtures.as(accounts.get(who)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = location != null && location.contains("/login") && !pattern.equals("/login");
        return status != 401 && status != 403 && !toLogin;
    }

    /** Input that an allowed request will reject or find stale, so that no rule changes the fixture. */
    private static void harmless(MockHttpServletRequestBuilder request, String pattern) {
        switch (pattern) {
            case "/api/v1/rules/classification", "/api/v1/rules/usage-right-notice", "/api/v1/rules/agreement-term",
                 "/api/v1/rules/cost-split" ->
                    request.contentType("application/json").content("{}");
            case "/admin/users/{id}/grants/remove" -> request.param("role", "STAFF").param("scopeId", "1").param("version", "-5");
            case "/centres/{id}/coordinator/dismiss" -> request.param("version", "-5");
            case "/centres/{id}/steering-group" -> request.param("action", "attach");
            default -> request.param("version", "-5");
        }
    }

    private Set<String> endpoints() {
        var endpoints = new TreeSet<String>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                } else {
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }
}

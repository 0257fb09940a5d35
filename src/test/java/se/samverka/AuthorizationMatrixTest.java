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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverka.centre.CentreDescription;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreView;
import se.samverka.centre.Coordinator;
import se.samverka.centre.PartyConsent;
import se.samverka.centre.ProposalView;
import se.samverka.centre.UnitParticipation;
import se.samverka.identity.AccountSummary;
import se.samverka.identity.Actors;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.identity.UserAccounts;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.AuthorizationMatrixTest.Who.*;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;

/**
 * Who may use which endpoint (docs/authority.md), for every endpoint the application has, as a page request and as
 * an htmx request. A new endpoint without a line in {@link #RULES} fails this test; so does a line for an endpoint
 * that no longer exists. A refused request must not show anything of centre A.
 * <p>
 * The objects in the paths are the fixture's: centre A in Göteborg with a region child-health unit and
 * a Göteborg open pre-school, its steering group and coordinator, an agreement version sent to SIGNATORY,
 * Göteborg's principal and unit, an account, and a proposal that a Göteborg unit take part in centre B.
 * "Own" actors hold grants for them; "other" actors hold the same kind of grant for centre B in Borås.
 * Every session is taken before REVOKED loses its roles and DISABLED is disabled, as a browser would hold it.
 * Allowed requests carry input that fails validation or conflicts, so they never change the fixture.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Who {
        ANONYMOUS, COUNTY_ADMIN, AUDITOR, MUNICIPALITY_ADMIN, OTHER_MUNICIPALITY_ADMIN, REGION_ADMIN, STEERING_GROUP,
        OTHER_STEERING_GROUP, COORDINATOR, OTHER_COORDINATOR, STAFF, OTHER_STAFF, SIGNATORY, NO_ROLE,
        /** The log reviewer of the region, whose unit keeps centre A's register; and of Borås. */
        LOG_REVIEWER, OTHER_LOG_REVIEWER,
        /** The county's read-only follow-up; Göteborgsregionen's (centre A lies in Göteborg); Sjuhärad's (centre B's). */
        COUNTY_VIEWER, SUB_REGION_VIEWER, OTHER_SUB_REGION_VIEWER,
        /** Signed in with every role of the county, centre A and Göteborg, all of them removed since. */
        REVOKED,
        /** Signed in as a county administrator and member of centre A's steering group, the account disabled since. */
        DISABLED
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    /**
     * Pages and APIs open to anyone, for everyone but DISABLED: a disabled account's session is ended on its next
     * request, wherever it goes, and the answer asks it to sign in (to the login page, or 401 for htmx and the API).
     */
    private static final Set<Who> PUBLIC = EnumSet.complementOf(EnumSet.of(DISABLED));

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS, DISABLED));
    private static final Set<Who> COUNTY = EnumSet.of(COUNTY_ADMIN);
    private static final Set<Who> REVIEWERS = EnumSet.of(COUNTY_ADMIN, AUDITOR);
    /** The county's pages: every county role, each seeing its part of the county. */
    private static final Set<Who> COUNTY_FOLLOW_UP = EnumSet.of(COUNTY_ADMIN, COUNTY_VIEWER, SUB_REGION_VIEWER,
            OTHER_SUB_REGION_VIEWER);
    /** The county's pages with personal data of the public: the whole county's roles, not a sub-region's. */
    private static final Set<Who> WHOLE_COUNTY = EnumSet.of(COUNTY_ADMIN, COUNTY_VIEWER);
    private static final Set<Who> PRINCIPAL_ADMINS = EnumSet.of(COUNTY_ADMIN, MUNICIPALITY_ADMIN,
            OTHER_MUNICIPALITY_ADMIN, REGION_ADMIN);
    private static final Set<Who> MANAGE_GOTEBORG = EnumSet.of(COUNTY_ADMIN, MUNICIPALITY_ADMIN);
    private static final Set<Who> REGISTER = EnumSet.of(COUNTY_ADMIN, MUNICIPALITY_ADMIN, OTHER_MUNICIPALITY_ADMIN);
    /** docs/authority.md, for centre A in Göteborg with a region unit and a Göteborg unit. */
    private static final Set<Who> VIEW_A = EnumSet.of(COUNTY_ADMIN, COUNTY_VIEWER, SUB_REGION_VIEWER, MUNICIPALITY_ADMIN, REGION_ADMIN, STEERING_GROUP,
            COORDINATOR, STAFF, SIGNATORY);
    private static final Set<Who> FOLLOW_A = EnumSet.of(COUNTY_ADMIN, COUNTY_VIEWER, SUB_REGION_VIEWER, MUNICIPALITY_ADMIN, REGION_ADMIN, STEERING_GROUP,
            COORDINATOR, STAFF);
    private static final Set<Who> SEE_AGREEMENT_A = EnumSet.of(COUNTY_ADMIN, COUNTY_VIEWER, SUB_REGION_VIEWER, MUNICIPALITY_ADMIN, REGION_ADMIN,
            STEERING_GROUP, COORDINATOR, STAFF, SIGNATORY);
    private static final Set<Who> ECONOMY_A = EnumSet.of(COUNTY_ADMIN, COUNTY_VIEWER, SUB_REGION_VIEWER, MUNICIPALITY_ADMIN, REGION_ADMIN, STEERING_GROUP,
            COORDINATOR);
    private static final Set<Who> DESCRIBE_A = EnumSet.of(MUNICIPALITY_ADMIN, STEERING_GROUP, COORDINATOR);
    private static final Set<Who> PREPARE_A = EnumSet.of(STEERING_GROUP, COORDINATOR);
    private static final Set<Who> DECIDE_A = EnumSet.of(STEERING_GROUP);
    /**
     * Centre A on the to-do list: those who answer for it (§11: its steering group and coordinator, Göteborg, the
     * county), and the signatory, whom an agreement of centre A waits for.
     */
    /**
     * Whose calendar feed has centre A's dates: those who follow it, but the county's roles only through the
     * agreements' dates they follow up (§4), and centre A has no signed agreement.
     */
    private static final Set<Who> FEED_A = EnumSet.of(MUNICIPALITY_ADMIN, REGION_ADMIN, STEERING_GROUP, COORDINATOR,
            STAFF);
    private static final Set<Who> TODO_A = EnumSet.of(COUNTY_ADMIN, COUNTY_VIEWER, SUB_REGION_VIEWER,
            MUNICIPALITY_ADMIN, STEERING_GROUP, COORDINATOR, SIGNATORY);
    private static final Set<Who> SEE_PROPOSALS = EnumSet.of(MUNICIPALITY_ADMIN, OTHER_MUNICIPALITY_ADMIN, REGION_ADMIN);
    /** The register of persons kept by centre A's child-health unit (R13d): its staff alone. */
    private static final Set<Who> KEEP_REGISTER_A = EnumSet.of(STAFF);
    /** The log review of the accesses in the region's registers, centre A's child-health register among them. */
    private static final Set<Who> REVIEW_REGION_LOG = EnumSet.of(LOG_REVIEWER);
    /**
     * The registers' FHIR API: the staff of every unit at a centre, each reading only their own registers (centre A's
     * consent is 404 and its lists are empty to centre B's staff; listsAndFeedsShowCentreAToExactlyThoseWhoMaySeeIt
     * checks that the person shows to centre A's staff alone).
     */
    private static final Set<Who> KEEP_ANY_REGISTER = EnumSet.of(STAFF, OTHER_STAFF);
    /** A proposal that Göteborg's unit take part in centre B. */
    private static final Set<Who> ANSWER_PROPOSAL = EnumSet.of(MUNICIPALITY_ADMIN);

    /** "METHOD pattern" → who may. Everyone else is refused (403, or sign-in for the anonymous). */
    private static final Map<String, Set<Who>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /", PUBLIC);
        RULES.put("GET /prova", PUBLIC);
        RULES.put("GET /login", EVERYONE);
        RULES.put("GET /error", PUBLIC);
        RULES.put("POST /api/v1/rules/classification", PUBLIC);
        RULES.put("GET /api/v1/rules/regional-agreement", PUBLIC);
        RULES.put("POST /api/v1/rules/usage-right-notice", PUBLIC);
        RULES.put("POST /api/v1/rules/cost-split", PUBLIC);
        RULES.put("POST /api/v1/rules/agreement-term", PUBLIC);
        RULES.put("POST /api/v1/rules/identity-number", PUBLIC);
        RULES.put("POST /api/v1/rules/disclosure", PUBLIC);
        RULES.put("GET /v3/api-docs", PUBLIC);
        RULES.put("GET /v3/api-docs.yaml", PUBLIC);

        RULES.put("GET /centres", SIGNED_IN);
        RULES.put("GET /centres/new", REGISTER);
        RULES.put("POST /centres", REGISTER);
        RULES.put("GET /centres/{id}", VIEW_A);
        RULES.put("GET /centres/{id}/edit", DESCRIBE_A);
        RULES.put("POST /centres/{id}", DESCRIBE_A);
        RULES.put("GET /centres/{id}/coordinator", DECIDE_A);
        RULES.put("POST /centres/{id}/coordinator", DECIDE_A);
        RULES.put("POST /centres/{id}/coordinator/dismiss", DECIDE_A);
        RULES.put("GET /centres/{id}/steering-group", DESCRIBE_A);
        RULES.put("POST /centres/{id}/steering-group", DESCRIBE_A);
        RULES.put("GET /steering-groups/{id}", VIEW_A);
        RULES.put("POST /steering-groups/{id}", DESCRIBE_A);
        RULES.put("GET /forslag", SEE_PROPOSALS);
        RULES.put("POST /forslag/{id}/accept", ANSWER_PROPOSAL);
        RULES.put("POST /forslag/{id}/decline", ANSWER_PROPOSAL);
        RULES.put("GET /api/v1/centres", SIGNED_IN);
        RULES.put("GET /api/v1/centres/{id}", VIEW_A);

        RULES.put("GET /centres/{id}/agreements", FOLLOW_A);
        RULES.put("GET /centres/{id}/agreements/new", PREPARE_A);
        RULES.put("POST /centres/{id}/agreements", PREPARE_A);
        RULES.put("GET /agreements/{id}", SEE_AGREEMENT_A);
        RULES.put("GET /agreements/{id}/edit", PREPARE_A);
        RULES.put("POST /agreements/{id}", PREPARE_A);
        RULES.put("GET /agreements/{id}/send", DECIDE_A);
        RULES.put("POST /agreements/{id}/send", DECIDE_A);
        RULES.put("POST /agreements/{id}/recall", DECIDE_A);
        RULES.put("POST /agreements/{id}/sign", SEE_AGREEMENT_A);
        RULES.put("POST /agreements/{id}/amend", PREPARE_A);
        RULES.put("POST /agreements/{id}/terminate", DECIDE_A);
        RULES.put("GET /agreements/{id}/terminate", DECIDE_A);
        RULES.put("GET /agreements/{id}/document.pdf", SEE_AGREEMENT_A);
        RULES.put("GET /agreements/{id}/document.docx", SEE_AGREEMENT_A);
        RULES.put("GET /agreements/{id}/signed-version.pdf", SEE_AGREEMENT_A);
        RULES.put("GET /agreements/{id}/compare", FOLLOW_A);
        RULES.put("GET /att-gora", SIGNED_IN);
        RULES.put("GET /att-gora/antal", SIGNED_IN);

        RULES.put("GET /kalender", SIGNED_IN);
        RULES.put("POST /kalender/link", SIGNED_IN);
        RULES.put("POST /kalender/link/revoke", SIGNED_IN);
        RULES.put("GET /kalender/{token}.ics", PUBLIC);
        RULES.put("GET /installningar/aviseringar", SIGNED_IN);
        RULES.put("POST /installningar/aviseringar", SIGNED_IN);
        RULES.put("GET /admin/utkorg", COUNTY);

        RULES.put("GET /lan", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/att-gora", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/centra", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/parter", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/parter/{id}", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/tidslinje", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/karta", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/efterlevnad", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/efterlevnad.xlsx", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/befolkning", COUNTY_FOLLOW_UP);
        RULES.put("POST /lan/befolkning", COUNTY);
        RULES.put("POST /lan/parter/{id}/beslut", COUNTY);
        RULES.put("GET /lan/beslut/{id}/dokument", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/uppfoljning", COUNTY_FOLLOW_UP);
        RULES.put("POST /lan/uppfoljning", COUNTY);
        RULES.put("GET /lan/uppfoljning/{year}", COUNTY_FOLLOW_UP);
        RULES.put("POST /lan/uppfoljning/{year}", COUNTY);
        RULES.put("POST /lan/uppfoljning/{year}/sammanstall", COUNTY);
        RULES.put("POST /lan/uppfoljning/{year}/faststall", COUNTY);
        RULES.put("POST /lan/uppfoljning/{year}/rattelser", COUNTY);
        RULES.put("GET /lan/uppfoljning/{year}/rapport.pdf", COUNTY_FOLLOW_UP);
        RULES.put("GET /lan/uppfoljning/{year}/rapport.xlsx", COUNTY_FOLLOW_UP);
        RULES.put("GET /hitta", EVERYONE);
        RULES.put("GET /hitta/{id}", EVERYONE);
        RULES.put("GET /{lang}", EVERYONE);
        RULES.put("GET /{lang}/hitta", EVERYONE);
        RULES.put("GET /{lang}/hitta/{id}", EVERYONE);
        RULES.put("GET /tillganglighet", EVERYONE);
        RULES.put("POST /tillganglighet", EVERYONE);
        RULES.put("GET /{lang}/tillganglighet", EVERYONE);
        RULES.put("POST /{lang}/tillganglighet", EVERYONE);
        RULES.put("GET /lan/tillganglighet", WHOLE_COUNTY);
        RULES.put("POST /lan/tillganglighet/{id}/hanterad", COUNTY);
        RULES.put("GET /hitta/aktiviteter", EVERYONE);
        RULES.put("GET /{lang}/hitta/aktiviteter", EVERYONE);
        RULES.put("GET /hitta/{id}/aktiviteter.ics", EVERYONE);
        // open data: its own stateless chain, which never looks up a session (a disabled account's included)
        RULES.put("GET /sitemap.xml", EVERYONE);
        RULES.put("GET /api/v1/hsds/directory.csv", EVERYONE);
        RULES.put("GET /api/v1/hsds/organizations", EVERYONE);
        RULES.put("GET /api/v1/hsds/organizations/{id}", EVERYONE);
        RULES.put("GET /api/v1/hsds/services", EVERYONE);
        RULES.put("GET /api/v1/hsds/services/{id}", EVERYONE);
        RULES.put("GET /api/v1/hsds/locations", EVERYONE);
        RULES.put("GET /api/v1/hsds/locations/{id}", EVERYONE);
        RULES.put("GET /api/v1/hsds/service_at_locations", EVERYONE);
        RULES.put("GET /api/v1/hsds/service_at_locations/{id}", EVERYONE);
        RULES.put("GET /api/v1/hsds/schedules", EVERYONE);
        RULES.put("GET /api/v1/hsds/schedules/{id}", EVERYONE);
        RULES.put("GET /centres/{id}/aktiviteter", PREPARE_A);
        RULES.put("POST /centres/{id}/aktiviteter", PREPARE_A);
        RULES.put("GET /centres/{id}/aktiviteter/{activityId}", PREPARE_A);
        RULES.put("POST /centres/{id}/aktiviteter/{activityId}", PREPARE_A);
        RULES.put("POST /centres/{id}/aktiviteter/{activityId}/publish", PREPARE_A);
        RULES.put("POST /centres/{id}/aktiviteter/{activityId}/unpublish", PREPARE_A);
        RULES.put("POST /centres/{id}/aktiviteter/{activityId}/cancel", PREPARE_A);
        RULES.put("GET /api/v1/statistics", PUBLIC);
        RULES.put("GET /api/v1/parties", PUBLIC);

        RULES.put("GET /personregister", SIGNED_IN);
        RULES.put("GET /logggranskning", SIGNED_IN);
        RULES.put("GET /logggranskning/{principalId}", REVIEW_REGION_LOG);
        RULES.put("POST /logggranskning/{principalId}", REVIEW_REGION_LOG);
        RULES.put("GET /rattsliga-grunder", SIGNED_IN);
        RULES.put("GET /rattsliga-grunder/ny", COUNTY);
        RULES.put("GET /admin/sekretess", COUNTY);
        RULES.put("POST /admin/sekretess", COUNTY);
        RULES.put("POST /rattsliga-grunder", COUNTY);
        RULES.put("GET /rattsliga-grunder/{code}", SIGNED_IN);
        RULES.put("POST /rattsliga-grunder/{code}", COUNTY);
        RULES.put("POST /rattsliga-grunder/{code}/retire", COUNTY);
        RULES.put("GET /centres/{centreId}/register/{unitId}", KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/new", KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons", KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}", KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons/{personId}/open", KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}/edit", KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons/{personId}", KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}/consents/new", KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons/{personId}/consents", KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}/consents/{consentId}/withdraw",
                KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons/{personId}/consents/{consentId}/withdraw",
                KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons/{personId}/consents/{consentId}/signed-form",
                KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}/consents/{consentId}/signed-form.pdf",
                KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}/disclosures/new", KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}/consent-form.pdf", KEEP_REGISTER_A);
        RULES.put("GET /centres/{centreId}/register/{unitId}/persons/{personId}/log.pdf", KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons/{personId}/extract.pdf", KEEP_REGISTER_A);
        RULES.put("POST /centres/{centreId}/register/{unitId}/persons/{personId}/disclosures", KEEP_REGISTER_A);
        RULES.put("GET /api/v1/fhir/Consent", KEEP_ANY_REGISTER);
        RULES.put("GET /api/v1/fhir/Consent/{id}", KEEP_ANY_REGISTER);
        RULES.put("GET /api/v1/fhir/AuditEvent", KEEP_ANY_REGISTER);
        RULES.put("GET /centres/{id}/sekretess", FOLLOW_A);
        RULES.put("GET /centres/{id}/premises", FOLLOW_A);
        RULES.put("POST /centres/{id}/premises/areas", PREPARE_A);
        RULES.put("POST /centres/{id}/premises/areas/{index}/remove", PREPARE_A);
        RULES.put("POST /centres/{id}/premises/fire-safety", DECIDE_A);
        RULES.put("POST /centres/{id}/premises/fire-safety/checks", PREPARE_A);
        RULES.put("GET /centres/{id}/public-page", FOLLOW_A);
        RULES.put("GET /centres/{id}/public-page/preview", FOLLOW_A);
        RULES.put("GET /centres/{id}/public-page/preview/{tag}", FOLLOW_A);
        RULES.put("POST /centres/{id}/public-page/contact", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/accessibility", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/texts", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/hours", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/hours/{index}/remove", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/closures", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/closures/{index}/remove", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/publish", PREPARE_A);
        RULES.put("POST /centres/{id}/public-page/unpublish", PREPARE_A);
        RULES.put("GET /centres/{id}/economy", ECONOMY_A);
        RULES.put("GET /centres/{id}/economy/items/new", PREPARE_A);
        RULES.put("POST /centres/{id}/economy/items", PREPARE_A);
        RULES.put("GET /centres/{id}/economy/items/{itemId}/edit", PREPARE_A);
        RULES.put("POST /centres/{id}/economy/items/{itemId}", PREPARE_A);
        RULES.put("POST /centres/{id}/economy/items/{itemId}/remove", PREPARE_A);
        RULES.put("GET /centres/{id}/economy/settings", DECIDE_A);
        RULES.put("POST /centres/{id}/economy/settings", DECIDE_A);
        RULES.put("GET /centres/{id}/economy/{year}/{period}", ECONOMY_A);
        RULES.put("GET /centres/{id}/economy/{year}/{period}/avrakning.xlsx", ECONOMY_A);
        RULES.put("GET /centres/{id}/economy/{year}/{period}/avrakning.pdf", ECONOMY_A);
        RULES.put("POST /centres/{id}/economy/{year}/{period}/close", DECIDE_A);
        RULES.put("GET /centres/{id}/plans", FOLLOW_A);
        RULES.put("POST /centres/{id}/plans", PREPARE_A);
        RULES.put("GET /centres/{id}/plans/{year}", FOLLOW_A);
        RULES.put("POST /centres/{id}/plans/{year}/goals", PREPARE_A);
        RULES.put("POST /centres/{id}/plans/{year}/activities", PREPARE_A);
        RULES.put("POST /centres/{id}/plans/{year}/goals/{index}/remove", PREPARE_A);
        RULES.put("POST /centres/{id}/plans/{year}/activities/{index}/remove", PREPARE_A);
        RULES.put("POST /centres/{id}/plans/{year}/follow-ups", PREPARE_A);
        RULES.put("POST /centres/{id}/plans/{year}/assessments", PREPARE_A);
        RULES.put("POST /centres/{id}/plans/{year}/evaluation", PREPARE_A);
        RULES.put("POST /centres/{id}/plans/{year}/lock", DECIDE_A);
        RULES.put("POST /centres/{id}/plans/{year}/corrections", PREPARE_A);
        RULES.put("GET /centres/{id}/reports", FOLLOW_A);
        RULES.put("POST /centres/{id}/reports", PREPARE_A);
        RULES.put("GET /centres/{id}/reports/{year}", FOLLOW_A);
        RULES.put("POST /centres/{id}/reports/{year}", PREPARE_A);
        RULES.put("POST /centres/{id}/reports/{year}/refresh", PREPARE_A);
        RULES.put("POST /centres/{id}/reports/{year}/adopt", DECIDE_A);
        RULES.put("POST /centres/{id}/reports/{year}/corrections", PREPARE_A);
        RULES.put("GET /centres/{id}/reports/{year}/verksamhetsberattelse.pdf", FOLLOW_A);
        RULES.put("GET /centres/{id}/meetings", FOLLOW_A);
        RULES.put("GET /centres/{id}/meetings/new", PREPARE_A);
        RULES.put("POST /centres/{id}/meetings", PREPARE_A);
        RULES.put("GET /meetings/{id}", FOLLOW_A);
        RULES.put("GET /meetings/{id}/minutes.pdf", FOLLOW_A);
        RULES.put("POST /meetings/{id}/attendees", PREPARE_A);
        RULES.put("POST /meetings/{id}/items", PREPARE_A);
        RULES.put("POST /meetings/{id}/actions", PREPARE_A);
        RULES.put("POST /meetings/{id}/actions/{index}/status", PREPARE_A);
        RULES.put("POST /meetings/{id}/{part}/{index}/remove", PREPARE_A);
        RULES.put("POST /meetings/{id}/approve", PREPARE_A);
        RULES.put("POST /meetings/{id}/adjustment", PREPARE_A);
        RULES.put("POST /meetings/{id}/corrections", PREPARE_A);

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
    PartyConsent consent;
    @Autowired
    Actors actors;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;

    private static final String PLAN_YEAR = String.valueOf(TestClock.START.getYear());
    /** Written into centre A, to see that no refusal shows anything of it. */
    private static final String SECRET = "Hemlig Samordnarsson";
    /** A person in the register of centre A's child-health unit. */
    private static final String PERSON = "Hemlig Personsson";
    private long centreA;
    private String centreAName;
    private long centreB;
    private long steeringGroupB;
    private long itemOfB;
    private String meetingOfB;
    private final Map<Who, String> accounts = new LinkedHashMap<>();
    /** Each actor's session, taken before the roles of REVOKED were removed and DISABLED was disabled. */
    private final Map<Who, RequestPostProcessor> sessions = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** Path variables other than the object's {id}. */
    private final Map<String, String> variables = new LinkedHashMap<>();

    @BeforeAll
    void fixture() throws Exception {
        Fixtures.Centre a = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        Fixtures.Centre b = fixtures.centre("1490", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        centreA = a.id();
        centreAName = a.name();
        centreB = b.id();
        long group = registry.formSteeringGroup(a.id(), 0, "Styrgrupp A");
        steeringGroupB = registry.formSteeringGroup(b.id(), 0, "Styrgrupp B");
        long goteborg = fixtures.municipality("1480").id();
        registry.appoint(a.id(), registry.view(a.id()).orElseThrow().version(),
                new Coordinator(SECRET, goteborg, 50, java.time.LocalDate.of(2026, 1, 15)));
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
        accounts.put(LOG_REVIEWER, fixtures.account(new Grant(Role.LOG_REVIEWER, fixtures.region().id())));
        accounts.put(OTHER_LOG_REVIEWER, fixtures.account(new Grant(Role.LOG_REVIEWER,
                fixtures.municipality("1490").id())));
        accounts.put(COUNTY_VIEWER, fixtures.account(new Grant(Role.COUNTY_VIEWER, null)));
        accounts.put(SUB_REGION_VIEWER, fixtures.account(new Grant(Role.SUB_REGION_VIEWER, 1L)));
        accounts.put(OTHER_SUB_REGION_VIEWER, fixtures.account(new Grant(Role.SUB_REGION_VIEWER, 3L)));
        accounts.put(SIGNATORY, fixtures.account());
        accounts.put(NO_ROLE, fixtures.account());
        accounts.put(REVOKED, fixtures.account(Grant.countyAdmin(), new Grant(Role.STEERING_GROUP, a.id()),
                new Grant(Role.PRINCIPAL_ADMIN, goteborg)));
        accounts.put(DISABLED, fixtures.account(Grant.countyAdmin(), new Grant(Role.STEERING_GROUP, a.id())));
        accounts.forEach((who, username) -> sessions.put(who, fixtures.as(username)));
        AccountSummary revoked = userAccounts.findEnabled(accounts.get(REVOKED)).orElseThrow();
        for (Grant grant : revoked.grants()) {
            userAccounts.revoke(revoked.id(), userAccounts.find(revoked.id()).orElseThrow().version(), grant);
        }
        AccountSummary disabled = userAccounts.findEnabled(accounts.get(DISABLED)).orElseThrow();
        userAccounts.update(disabled.id(), disabled.version(), disabled.displayName(), null, false, null);

        ids.put("/centres/{id}", String.valueOf(a.id()));
        ids.put("/api/v1/centres/{id}", String.valueOf(a.id()));
        ids.put("/steering-groups/{id}", String.valueOf(group));
        ids.put("/organisations/{id}", String.valueOf(goteborg));
        ids.put("/lan/parter/{id}", String.valueOf(goteborg));
        ids.put("/hitta/{id}", String.valueOf(a.id()));
        ids.put("/en/hitta/{id}", String.valueOf(a.id()));
        ids.put("/lan/tillganglighet/{id}", "999999999");
        ids.put("/api/v1/hsds/organizations/{id}", "00000000-0000-5000-8000-000000000000");
        ids.put("/api/v1/hsds/services/{id}", "00000000-0000-5000-8000-000000000000");
        ids.put("/api/v1/hsds/locations/{id}", "00000000-0000-5000-8000-000000000000");
        ids.put("/api/v1/hsds/service_at_locations/{id}", "00000000-0000-5000-8000-000000000000");
        ids.put("/api/v1/hsds/schedules/{id}", "00000000-0000-5000-8000-000000000000");
        ids.put("/lan/beslut/{id}", jdbc.sql("select min(id) from regional_decision").query(String.class).single());
        ids.put("/units/{id}", String.valueOf(a.unitIds().get(1)));
        ids.put("/admin/users/{id}", String.valueOf(userAccounts.findEnabled(fixtures.account()).orElseThrow().id()));
        ids.put("/agreements/{id}", sentAgreement(a.id()));
        ids.put("/meetings/{id}", meeting(a.id(), COORDINATOR));
        ids.put("/forslag/{id}", goteborgUnitProposedToB(b));
        variables.put("{itemId}", costItem(a.id(), COORDINATOR));
        variables.put("{year}", PLAN_YEAR);
        variables.put("{period}", "Q1");
        variables.put("{index}", "0");
        variables.put("{tag}", "en");
        variables.put("{lang}", "en");
        variables.put("{part}", "items");
        variables.put("{token}", "ingen-nyckel");
        variables.put("{code}", "OSL_10_28");
        variables.put("{centreId}", String.valueOf(a.id()));
        variables.put("{principalId}", String.valueOf(fixtures.region().id()));
        variables.put("{unitId}", String.valueOf(a.unitIds().get(0)));
        variables.put("{personId}", personInRegisterOfA(a));
        variables.put("{consentId}", consentOfPersonInA(a, variables.get("{personId}")));
        variables.put("{activityId}", publicActivity(a.id()));
        ids.put("/api/v1/fhir/Consent/{id}", variables.get("{consentId}"));
        itemOfB = Long.parseLong(costItem(b.id(), OTHER_COORDINATOR));
        meetingOfB = meeting(b.id(), OTHER_COORDINATOR);
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

    private String costItem(long centreId, Who who) throws Exception {
        mvc.perform(post("/centres/{id}/economy/items", centreId)
                        .param("year", PLAN_YEAR).param("period", "Q1").param("category", "PREMISES_RENT")
                        .param("description", "Hyra " + centreId).param("amount", "1 000,00").param("payer", "CHILD_HEALTH")
                        .param("version", "0")
                        .with(csrf()).with(fixtures.as(accounts.get(who))))
                .andReturn();
        return String.valueOf(jdbc.sql("select max(id) from economy_cost_item where centre_id = ?").param(centreId)
                .query(Long.class).single());
    }

    /** A draft public activity of centre A, made by its coordinator. */
    private String publicActivity(long centreId) throws Exception {
        String location = mvc.perform(post("/centres/{id}/aktiviteter", centreId)
                        .param("kind", "PARENT_GROUP").param("title", "Föräldragrupp " + centreId)
                        .param("date", TestClock.START.toLocalDate().plusDays(7).toString())
                        .param("startTime", "10:00").param("endTime", "11:00").param("recurrence", "NONE")
                        .param("audience", "FAMILIES").param("languages", "sv")
                        .with(csrf()).with(fixtures.as(accounts.get(COORDINATOR))))
                .andReturn().getResponse().getRedirectedUrl();
        String prefix = "/centres/" + centreId + "/aktiviteter/";
        assertThat(location).startsWith(prefix);
        return location.substring(prefix.length());
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

    /** Centre A and what belongs to it, to see that no refused request changed anything. */
    private String stateOfCentreA() {
        return jdbc.sql("""
                        select c.version || ' ' || coalesce(c.coordinator_name, '-')
                            || ' ' || coalesce(c.steering_group_id::text, '-')
                            || ' agreements ' || (select string_agg(a.status || coalesce(a.document_sha256, '-'), ',' order by a.id) from agreement a where a.centre_id = c.id)
                            || ' items ' || (select count(*) || '/' || coalesce(sum(i.amount_ore), 0) from economy_cost_item i where i.centre_id = c.id)
                            || ' meetings ' || (select count(*) || '/' || coalesce(max(m.version), 0) from meeting m where m.centre_id = c.id)
                            || ' persons ' || (select count(*) || '/' || coalesce(max(p.version), 0) from person p where p.centre_id = c.id)
                            || ' consents ' || (select count(*) from consent k join person p on p.id = k.person_id where p.centre_id = c.id)
                            || ' withdrawals ' || (select count(*) from consent_withdrawal w join consent k on k.id = w.consent_id join person p on p.id = k.person_id where p.centre_id = c.id)
                            || ' disclosures ' || (select count(*) from disclosure d join person p on p.id = d.person_id where p.centre_id = c.id)
                            || ' refusals ' || (select count(*) from disclosure_refusal d join person p on p.id = d.person_id where p.centre_id = c.id)
                        from centre c where c.id = ?
                        """).param(centreA).query(String.class).single() + " " + planOfCentreA() + " " + reportOfCentreA();
    }

    private String meeting(long centreId, Who who) throws Exception {
        String location = mvc.perform(post("/centres/{id}/meetings", centreId)
                        .param("kind", "COOPERATION").param("startsAt", "2026-12-01T10:00")
                        .param("endsAt", "2026-12-01T12:00").param("place", "Konferensrummet " + centreId)
                        .with(csrf()).with(fixtures.as(accounts.get(who))))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/meetings/");
        return location.substring("/meetings/".length());
    }

    /** A version of centre A's cooperation agreement sent for signing to SIGNATORY and the steering group's member. */
    private String sentAgreement(long centreId) throws Exception {
        String location = mvc.perform(AgreementRequests.cooperationDraft(
                        post("/centres/{id}/agreements", centreId), List.of(CHILD_HEALTH, OPEN_PRESCHOOL),
                        "2026-01-01", "2028-12-31")
                        .with(csrf()).with(fixtures.as(accounts.get(COORDINATOR))))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/agreements/");
        long id = Long.parseLong(location.substring("/agreements/".length()));
        int version = jdbc.sql("select version from agreement where id = ?").param(id).query(Integer.class).single();
        mvc.perform(AgreementRequests.send(id, version, List.of(accounts.get(SIGNATORY), accounts.get(STEERING_GROUP)))
                        .with(csrf()).with(fixtures.as(accounts.get(STEERING_GROUP))))
                .andExpect(status().is3xxRedirection());
        return String.valueOf(id);
    }

    /** Centre B's coordinator proposes a unit of Göteborg for centre B's open pre-school. */
    private String goteborgUnitProposedToB(Fixtures.Centre b) {
        long unit = fixtures.unit(fixtures.municipality("1480"), OPEN_PRESCHOOL);
        CentreView view = registry.view(b.id()).orElseThrow();
        List<UnitParticipation> participations = view.participations().stream()
                .map(p -> new UnitParticipation(p.operation(), p.operation() == OPEN_PRESCHOOL ? unit : p.unit().id(),
                        p.coLocated()))
                .toList();
        List<ProposalView> proposed = consent.describe(actors.byUsername(accounts.get(OTHER_COORDINATOR)).orElseThrow(),
                b.id(), view.version(), new CentreDescription(view.name(), view.address(), view.municipality().code(),
                        view.prioritisedArea(), participations, view.otherActors(), view.establishedOn()));
        return String.valueOf(proposed.getFirst().id());
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        assertThat(endpoints()).as("endpoints of the application").containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void eachActorMayUseExactlyTheEndpointsTheRulesAllowAndARefusalRevealsNothing() throws Exception {
        String before = stateOfCentreA();
        List<String> wrong = new ArrayList<>();
        for (var rule : RULES.entrySet()) {
            for (Who who : Who.values()) {
                for (boolean htmx : List.of(false, true)) {
                    Answer answer = answer(rule.getKey(), who, htmx);
                    String as = rule.getKey() + " as " + who + (htmx ? " (htmx)" : "");
                    if (answer.allowed() != rule.getValue().contains(who)) {
                        wrong.add(as + (answer.allowed() ? " was allowed" : " was refused"));
                    }
                    if (!answer.allowed() && answer.reveals(centreAName, SECRET, "Styrgrupp A", PERSON)) {
                        wrong.add(as + " was refused but showed centre A's data");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(stateOfCentreA()).as("no request changed centre A or what belongs to it").isEqualTo(before);
    }

    @Test
    void listsAndFeedsShowCentreAToExactlyThoseWhoMaySeeIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Who who : EnumSet.complementOf(EnumSet.of(ANONYMOUS, DISABLED))) {
            check(wrong, who, "/centres", VIEW_A.contains(who));
            check(wrong, who, "/api/v1/centres", VIEW_A.contains(who));
            check(wrong, who, "/att-gora", TODO_A.contains(who));
            check(wrong, who, calendarFeed(who), FEED_A.contains(who));
            for (String path : List.of("/api/v1/fhir/Consent", "/api/v1/fhir/Consent/" + ids.get("/api/v1/fhir/Consent/{id}"))) {
                String body = mvc.perform(get(path).with(sessions.get(who))).andReturn().getResponse().getContentAsString();
                if (body.contains(PERSON) != (who == STAFF)) {
                    wrong.add(path + " as " + who + (who == STAFF ? " did not show" : " showed") + " the person in centre A");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The path of a new calendar link of the actor's, as the calendar page shows it once after making it. */
    private String calendarFeed(Who who) throws Exception {
        Object url = mvc.perform(post("/kalender/link").with(csrf()).with(sessions.get(who)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("url");
        assertThat(url).as("the calendar link of " + who).isNotNull();
        return java.net.URI.create(url.toString()).getPath();
    }

    private void check(List<String> wrong, Who who, String path, boolean shows) throws Exception {
        String body = mvc.perform(get(path).with(sessions.get(who))).andReturn().getResponse().getContentAsString();
        if (body.contains(centreAName) != shows) {
            wrong.add(path + " as " + who + (shows ? " did not show" : " showed") + " centre A");
        }
    }

    @Test
    void anObjectNamedTogetherWithAnotherCentreIsNotFound() throws Exception {
        RequestPostProcessor steering = sessions.get(STEERING_GROUP);
        String itemBefore = jdbc.sql("select description || amount_ore || version from economy_cost_item where id = ?")
                .param(itemOfB).query(String.class).single();
        for (MockHttpServletRequestBuilder request : List.of(
                get("/centres/{id}/economy/items/{item}/edit", centreA, itemOfB),
                post("/centres/{id}/economy/items/{item}", centreA, itemOfB).param("description", "Ändrad")
                        .param("amount", "1,00").param("version", "0"),
                post("/centres/{id}/economy/items/{item}/remove", centreA, itemOfB).param("version", "0"))) {
            MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(steering)).andReturn().getResponse();
            assertThat(response.getStatus()).as(request.toString()).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain("Hyra " + centreB);
        }
        assertThat(jdbc.sql("select description || amount_ore || version from economy_cost_item where id = ?")
                .param(itemOfB).query(String.class).single()).isEqualTo(itemBefore);

        MockHttpServletResponse meeting = mvc.perform(get("/meetings/{id}", meetingOfB).with(steering))
                .andReturn().getResponse();
        assertThat(meeting.getStatus()).isEqualTo(403);
        assertThat(meeting.getContentAsString()).doesNotContain("Konferensrummet " + centreB);
    }

    @Test
    void aParameterThatNamesAnotherCentreOrPartyChangesNothingThere() throws Exception {
        String before = stateOfCentreA();
        CentreView a = registry.view(centreA).orElseThrow();
        mvc.perform(post("/centres/{id}/steering-group", centreA).param("action", "attach")
                        .param("steeringGroupId", String.valueOf(steeringGroupB)).param("version", String.valueOf(a.version()))
                        .with(csrf()).with(sessions.get(STEERING_GROUP)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Styrgrupp B"))));
        mvc.perform(post("/centres/{id}/coordinator", centreA).param("name", "Ny Samordnare")
                        .param("employerId", String.valueOf(fixtures.municipality("1490").id())).param("serviceGrade", "50")
                        .param("appointedOn", "2026-02-01").param("version", String.valueOf(a.version()))
                        .with(csrf()).with(sessions.get(STEERING_GROUP)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Välj anställande part")));
        mvc.perform(post("/centres").param("name", "Familjecentralen i Borås").param("street", "Storgatan 1")
                        .param("postalCode", "50335").param("city", "Borås").param("municipalityCode", "1490")
                        .with(csrf()).with(sessions.get(MUNICIPALITY_ADMIN)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from centre where name = 'Familjecentralen i Borås'").query(Long.class)
                .single()).isZero();
        mvc.perform(post("/forslag/{id}/accept", ids.get("/forslag/{id}")).param("version", "1")
                        .with(csrf()).with(sessions.get(OTHER_MUNICIPALITY_ADMIN)))
                .andExpect(status().isForbidden());
        assertThat(stateOfCentreA()).isEqualTo(before);
        assertThat(registry.view(centreB).orElseThrow().participations()).extracting(p -> p.unit().principal().id())
                .doesNotContain(fixtures.municipality("1480").id());
    }

    private String personInRegisterOfA(Fixtures.Centre a) throws Exception {
        String location = mvc.perform(post("/centres/{c}/register/{u}/persons", a.id(), a.unitIds().get(0))
                        .param("kind", "PARENT").param("name", PERSON).param("reserveNumber", "MATRIS-1")
                        .with(csrf()).with(fixtures.as(accounts.get(STAFF))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String consentOfPersonInA(Fixtures.Centre a, String personId) throws Exception {
        mvc.perform(post("/centres/{c}/register/{u}/persons/{p}/consents", a.id(), a.unitIds().get(0), personId)
                        .param("flows", "CHILD_HEALTH>OPEN_PRESCHOOL").param("informationKinds", "HEALTH")
                        .param("givenBy", "SELF").param("purpose", "COORDINATED_PARENTING_SUPPORT")
                        .param("givenHow", "WRITTEN").param("validFrom", TestClock.START.toLocalDate().toString())
                        .param("validTo", TestClock.START.toLocalDate().plusMonths(6).toString())
                        .with(csrf()).with(fixtures.as(accounts.get(STAFF))))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from consent where person_id = :p").param("p", Long.parseLong(personId))
                .query(String.class).single();
    }

    /** Whether a request was let through, and what it answered. */
    private record Answer(boolean allowed, String body) {

        boolean reveals(String... secrets) {
            return java.util.Arrays.stream(secrets).anyMatch(body::contains);
        }
    }

    private Answer answer(String endpoint, Who who, boolean htmx) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String path = pattern;
        for (var variable : variables.entrySet()) {
            path = path.replace(variable.getKey(), variable.getValue());
        }
        for (var id : ids.entrySet()) {
            if (path.startsWith(id.getKey().substring(0, id.getKey().indexOf('{')))) {
                path = path.replace("{id}", id.getValue());
            }
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
        harmless(request, pattern);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        if (who != ANONYMOUS) {
            request.with(sessions.get(who));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl() != null ? response.getRedirectedUrl()
                : response.getHeader("HX-Redirect");
        boolean toLogin = location != null && location.contains("/login");
        if (pattern.equals("/login")) {
            return new Answer(toLogin || status != 401 && status != 403, response.getContentAsString());
        }
        return new Answer(status != 401 && status != 403 && !toLogin, response.getContentAsString());
    }

    /** Input that an allowed request will reject or find stale, so that no rule changes the fixture. */
    private static void harmless(MockHttpServletRequestBuilder request, String pattern) {
        switch (pattern) {
            case "/api/v1/rules/classification", "/api/v1/rules/usage-right-notice", "/api/v1/rules/agreement-term",
                 "/api/v1/rules/cost-split", "/api/v1/rules/identity-number", "/api/v1/rules/disclosure" ->
                    request.contentType("application/json").content("{}");
            case "/admin/users/{id}/grants/remove" -> request.param("role", "STAFF").param("scopeId", "1").param("version", "-5");
            case "/centres/{id}/steering-group" -> request.param("action", "attach");
            case "/lan/centra" -> request.param("urval", "COVERED");
            default -> request.param("version", "-5");
        }
    }

    private Set<String> endpoints() {
        var endpoints = new TreeSet<String>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns.stream().map(AuthorizationMatrixTest::plain).toList()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                } else {
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    /** A pattern without the regular expressions of its variables: "/{lang:[a-z]{2}}/hitta" → "/{lang}/hitta". */
    private static String plain(String pattern) {
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int colon = pattern.indexOf(':', i);
            int close = pattern.indexOf('}', i);
            if (c == '{' && colon > 0 && (close < 0 || colon < close)) {
                plain.append(pattern, i, colon).append('}');
                int depth = 1;
                i = colon + 1;
                while (depth > 0) {
                    char d = pattern.charAt(i++);
                    depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                }
            } else {
                plain.append(c);
                i++;
            }
        }
        return plain.toString();
    }
}

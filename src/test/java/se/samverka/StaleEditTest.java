package se.samverka;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unbescape.html.HtmlEscape;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.Coordinator;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.identity.UserAccounts;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;
import static se.samverka.support.AgreementRequests.replacing;

/**
 * Every versioned form, sent from a version someone else has changed meanwhile: 409, as a page request and as an
 * htmx request, the form again with what the user typed, a message at its top naming who changed what and when
 * (from the audit log), nothing saved; and the form as shown again carries the stored version, so that sending it
 * once more saves it.
 */
@IntegrationTest
class StaleEditTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern VERSION_FIELD = Pattern.compile("<input[^>]*name=\"version\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final int year = TestClock.START.getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    UserAccounts accounts;

    /** Fills the form with {@code value} in the field the case is about, made from {@code version}. */
    interface Form {
        MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, String value, String version);
    }

    @Test
    void centreDetails() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        staleEdit("/centres/" + centre.id() + "/edit", "/centres/" + centre.id(),
                fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> request.param("name", value).param("street", "Storgatan 1")
                        .param("postalCode", "411 01").param("city", "Göteborg").param("municipalityCode", "1480")
                        .param("version", version)
                        .param("participations[0].operation", "CHILD_HEALTH")
                        .param("participations[0].takesPart", "true")
                        .param("participations[0].unitId", String.valueOf(centre.unitIds().get(0)))
                        .param("participations[0].coLocated", "true")
                        .param("participations[1].operation", "OPEN_PRESCHOOL")
                        .param("participations[1].takesPart", "true")
                        .param("participations[1].unitId", String.valueOf(centre.unitIds().get(1)))
                        .param("participations[1].coLocated", "true"),
                text("Centrum"), text("Centrum"), "uppgifter, basverksamheter och andra aktörer");
    }

    @Test
    void coordinator() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String employer = String.valueOf(fixtures.municipality("1480").id());
        Grant goteborg = new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id());
        staleEdit("/centres/" + centre.id() + "/coordinator", "/centres/" + centre.id() + "/coordinator",
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()), goteborg),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()), goteborg),
                (request, value, version) -> request.param("name", value).param("employerId", employer)
                        .param("serviceGrade", "50").param("appointedOn", "2026-01-15").param("version", version),
                text("Samordnare"), text("Samordnare"), "samordnare utsedd");
    }

    @Test
    void steeringGroup() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        long group = registry.formSteeringGroup(centre.id(), 0, "Styrgruppen");
        staleEdit("/steering-groups/" + group, "/steering-groups/" + group,
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> request.param("name", value).param("action", "save")
                        .param("members[0].name", "Bo B").param("members[0].title", "Verksamhetschef")
                        .param("members[0].operation", "CHILD_HEALTH").param("version", version),
                text("Styrgrupp"), text("Styrgrupp"), "namn och ledamöter, 1 st");
    }

    @Test
    void principal() throws Exception {
        PrincipalSummary provider = fixtures.privateProvider();
        staleEdit("/organisations/" + provider.id(), "/organisations/" + provider.id(),
                fixtures.account(Grant.countyAdmin()), fixtures.account(Grant.countyAdmin()),
                (request, value, version) -> request.param("name", value)
                        .param("organisationNumber", provider.organisationNumber()).param("version", version),
                text("Vardgivare"), text("Vardgivare"), "namn och organisationsnummer");
    }

    @Test
    void unit() throws Exception {
        long unit = fixtures.unit(fixtures.privateProvider(), CHILD_HEALTH);
        staleEdit("/units/" + unit, "/units/" + unit,
                fixtures.account(Grant.countyAdmin()), fixtures.account(Grant.countyAdmin()),
                (request, value, version) -> request.param("name", value).param("operation", "CHILD_HEALTH")
                        .param("hsaId", "").param("version", version),
                text("Enhet"), text("Enhet"), "namn och HSA-id");
    }

    @Test
    void userAccount() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String someone = fixtures.account(new Grant(Role.STAFF, centre.id()));
        long id = accounts.findEnabled(someone).orElseThrow().id();
        staleEdit("/admin/users/" + id, "/admin/users/" + id,
                fixtures.account(Grant.countyAdmin()), fixtures.account(Grant.countyAdmin()),
                (request, value, version) -> request.param("displayName", value).param("email", "")
                        .param("enabled", "true").param("newPassword", "").param("version", version),
                text("Namn"), text("Namn"), "aktivt");
    }

    @Test
    void agreementDraft() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String first = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String location = mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements", centre.id()),
                        List.of(CHILD_HEALTH, OPEN_PRESCHOOL), "2026-01-01", "2028-12-31")
                        .with(csrf()).with(fixtures.as(first)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/agreements/");
        staleEdit(location + "/edit", location, first, fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> AgreementRequests.cooperationDraft(request,
                                List.of(CHILD_HEALTH, OPEN_PRESCHOOL), "2026-01-01", "2028-12-31")
                        .with(replacing("localGoals", value)).with(replacing("version", version)),
                text("Mal"), text("Mal"), "utkast ändrat");
    }

    @Test
    void planGoal() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String first = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String plan = drawPlan(centre, first);
        staleEdit(plan, plan + "/goals", first, fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> request.param("text", value).param("indicator", "Antal")
                        .param("target", "40").param("operations", "CHILD_HEALTH").param("version", version),
                text("Mal"), text("Mal"), "mål tillagt");
    }

    @Test
    void planEvaluation() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String first = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String plan = drawPlan(centre, first);
        staleEdit(plan, plan + "/evaluation", first, fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> request.param("overall", value).param("version", version),
                text("Utvardering"), text("Utvardering"), "utvärdering av helheten skriven");
    }

    @Test
    void reportSection() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String first = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        mvc.perform(post("/centres/{id}/reports", centre.id()).param("year", String.valueOf(year))
                        .with(csrf()).with(fixtures.as(first)))
                .andReturn();
        String report = "/centres/" + centre.id() + "/reports/" + year;
        staleEdit(report, report, first, fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> request.param("nextYear", value).param("version", version),
                text("Nasta ar"), text("Nasta ar"), "text ändrad i");
    }

    @Test
    void economyItem() throws Exception {
        long centre = economyCentre();
        String first = fixtures.account(new Grant(Role.COORDINATOR, centre));
        mvc.perform(costItem(post("/centres/{id}/economy/items", centre), "Hyra", "0")
                        .with(csrf()).with(fixtures.as(first)))
                .andReturn();
        String overview = html(get("/centres/{id}/economy", centre).param("year", "2026"), first);
        Matcher item = Pattern.compile("/centres/" + centre + "/economy/items/(\\d+)/edit").matcher(overview);
        assertThat(item.find()).isTrue();
        String path = "/centres/" + centre + "/economy/items/" + item.group(1);
        staleEdit(path + "/edit", path, first, fixtures.account(new Grant(Role.STEERING_GROUP, centre)),
                (request, value, version) -> costItem(request, value, version),
                text("Hyra"), text("Hyra"), "2026 kvartal 1, Gemensamma lokaler");
    }

    @Test
    void economySettings() throws Exception {
        long centre = economyCentre();
        String first = fixtures.account(new Grant(Role.STEERING_GROUP, centre));
        Form settings = (request, value, version) -> request.param("year", "2026").param("periodLength", "QUARTER")
                .param("weightMidwifeClinic", "1").param("weightChildHealth", "1").param("weightOpenPreschool", "1")
                .param("weightPreventiveSocialServices", value).param("version", version);
        String page = "/centres/" + centre + "/economy/settings?year=2026";
        String action = "/centres/" + centre + "/economy/settings";
        mvc.perform(settings.fill(post(action), "2", versionIn(form(html(get(page), first), action)))
                .with(csrf()).with(fixtures.as(first))).andReturn();
        staleEdit(page, action, first, fixtures.account(new Grant(Role.STEERING_GROUP, centre)), settings,
                "4817", "5923", "2026: avräkning per kvartal, nyckel");
    }

    @Test
    void premises() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String first = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", "STAFF_ROOM")
                        .param("description", "").param("squareMetres", "").with(csrf()).with(fixtures.as(first)))
                .andReturn();
        String today = TestClock.START.toLocalDate().toString();
        String premises = "/centres/" + centre.id() + "/premises";
        staleEdit(premises, premises + "/fire-safety", first,
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> request.param("representative", value).param("appointedOn", today)
                        .param("assemblyPoint", "Parkeringen").param("evacuationPlan", "true")
                        .param("roundIntervalMonths", "3").param("alarmCheckIntervalMonths", "1")
                        .param("drillIntervalMonths", "12").param("version", version),
                text("Ombud"), text("Ombud"), "systematiskt brandskyddsarbete ändrat");
    }

    @Test
    void meetingMinutes() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String first = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String meeting = mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", "STEERING_GROUP")
                        .param("startsAt", "2026-12-01T10:00").param("endsAt", "2026-12-01T12:00")
                        .param("place", "Konferensrummet").param("agenda", "Verksamhetsplan")
                        .with(csrf()).with(fixtures.as(first)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(meeting).startsWith("/meetings/");
        staleEdit(meeting, meeting + "/items", first, fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                (request, value, version) -> request.param("text", value).param("decision", "")
                        .param("version", version),
                text("Punkt"), text("Punkt"), "protokollspunkt § 1");
    }

    @Test
    void buttonsFromAnOldPageAnswer409WithThePageAndWhatChanged() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        Grant goteborg = new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id());
        String first = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()), goteborg);
        String second = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()), goteborg);
        send(post("/centres/{id}/coordinator", centre.id()).param("name", "Maja M")
                .param("employerId", String.valueOf(fixtures.municipality("1480").id())).param("serviceGrade", "50")
                .param("appointedOn", "2026-01-15").param("version", "0"), first, false).isEqualTo(302);
        String old = versionIn(form(html(get("/centres/{id}/coordinator", centre.id()), second),
                "/centres/" + centre.id() + "/coordinator/dismiss"));
        send(post("/centres/{id}/coordinator", centre.id()).param("name", "Maja Nilsson")
                .param("employerId", String.valueOf(fixtures.municipality("1480").id())).param("serviceGrade", "60")
                .param("appointedOn", "2026-02-01").param("version", old), first, false).isEqualTo(302);
        MockHttpServletResponse dismissed = mvc.perform(request(post("/centres/{id}/coordinator/dismiss", centre.id())
                .param("decidedOn", "2026-03-01").param("version", old), second, false)).andReturn().getResponse();
        assertThat(dismissed.getStatus()).isEqualTo(409);
        assertThat(HtmlEscape.unescapeHtml(dismissed.getContentAsString())).contains("Någon annan har ändrat uppgifterna "
                + "medan du skrev: samordnare utsedd (" + name(first) + ", ", "2026-03-01");
        assertThat(registry.view(centre.id()).orElseThrow().coordinator().name()).isEqualTo("Maja Nilsson");

        String admin = fixtures.account(Grant.countyAdmin());
        String otherAdmin = fixtures.account(Grant.countyAdmin());
        String staff = fixtures.account(new Grant(Role.STAFF, centre.id()));
        long id = accounts.findEnabled(staff).orElseThrow().id();
        String before = versionIn(form(html(get("/admin/users/{id}", id), otherAdmin), "/admin/users/" + id));
        send(post("/admin/users/{id}", id).param("displayName", "Nytt namn").param("enabled", "true")
                .param("version", before), admin, false).isEqualTo(302);
        MockHttpServletResponse revoked = mvc.perform(request(post("/admin/users/{id}/grants/remove", id)
                .param("role", "STAFF").param("scopeId", String.valueOf(centre.id())).param("version", before),
                otherAdmin, true)).andReturn().getResponse();
        assertThat(revoked.getStatus()).isEqualTo(409);
        assertThat(HtmlEscape.unescapeHtml(revoked.getContentAsString())).contains("Någon annan har ändrat uppgifterna "
                + "sedan du öppnade sidan: aktivt (" + name(admin) + ", ", "Ingenting är ändrat.");
        assertThat(accounts.findEnabled(staff).orElseThrow().grants()).contains(new Grant(Role.STAFF, centre.id()));
    }

    /**
     * {@code first} changes the object with the form at {@code action}, made from the version {@code page} shows;
     * {@code second} then sends the form made from that same version.
     */
    @Test
    void publicActivity() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String page = mvc.perform(activity(post("/centres/{id}/aktiviteter", centre.id()), "Babymassage", "")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/centres/" + centre.id() + "/aktiviteter/");
        staleEdit(page, page, coordinator, fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                StaleEditTest::activity, text("Babymassage"), text("Babymassage"), "aktivitet ändrad");
    }

    private static MockHttpServletRequestBuilder activity(MockHttpServletRequestBuilder request, String title,
                                                          String version) {
        return request.param("kind", "BABY_MASSAGE").param("title", title).param("date", "2026-12-10")
                .param("startTime", "10:00").param("endTime", "11:30").param("recurrence", "NONE")
                .param("audience", "PARENTS_OF_BABIES").param("languages", "sv").param("version", version);
    }

    private void staleEdit(String page, String action, String first, String second, Form form, String firstValue,
                           String typed, String detail) throws Exception {
        String version = versionIn(form(html(get(page), first), action));
        send(form.fill(post(action), firstValue, version), first, false).isEqualTo(302);
        String name = name(first);

        String current = null;
        for (boolean htmx : new boolean[]{false, true}) {
            MockHttpServletResponse response = mvc.perform(request(form.fill(post(action), typed, version), second,
                    htmx)).andReturn().getResponse();
            assertThat(response.getStatus()).as(action + (htmx ? " as htmx" : "")).isEqualTo(409);
            String sent = form(HtmlEscape.unescapeHtml(response.getContentAsString()), action);
            assertThat(sent).contains(typed, "Någon annan har ändrat uppgifterna medan du skrev: " + detail,
                    "(" + name + ", ", "Det du skrev finns kvar nedan men är inte sparat.");
            current = versionIn(sent);
            assertThat(current).as("the form carries the stored version").isNotEqualTo(version);
        }
        assertThat(html(get(page), first)).as("nothing saved").contains(firstValue).doesNotContain(typed);

        send(form.fill(post(action), typed, current), second, false).isEqualTo(302);
        assertThat(html(get(page), first)).as("saved again").contains(typed);
    }

    private String name(String username) {
        return accounts.findEnabled(username).orElseThrow().displayName();
    }

    private org.assertj.core.api.AbstractIntegerAssert<?> send(MockHttpServletRequestBuilder request, String user,
                                                              boolean htmx) throws Exception {
        return assertThat(mvc.perform(request(request, user, htmx)).andReturn().getResponse().getStatus());
    }

    private MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request, String user, boolean htmx) {
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.with(csrf()).with(fixtures.as(user));
    }

    private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(fixtures.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    /** The form of the page that posts to {@code action}. */
    private static String form(String html, String action) {
        Matcher form = Pattern.compile("<form[^>]*\\saction=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(html);
        assertThat(form.find()).as("a form posting to " + action).isTrue();
        return form.group(1);
    }

    private static String versionIn(String form) {
        Matcher field = VERSION_FIELD.matcher(form);
        assertThat(field.find()).as("a version field").isTrue();
        Matcher value = VALUE.matcher(field.group());
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    private static String text(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private String drawPlan(Fixtures.Centre centre, String user) throws Exception {
        mvc.perform(post("/centres/{id}/plans", centre.id()).param("year", String.valueOf(year))
                .with(csrf()).with(fixtures.as(user))).andReturn();
        return "/centres/" + centre.id() + "/plans/" + year;
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    /** A centre of four operations whose coordinator the municipality employs, as shared costs need. */
    private long economyCentre() {
        Fixtures.Centre centre = fourOperations();
        registry.appoint(centre.id(), 0, new Coordinator("Anna Samordnare", fixtures.municipality("1480").id(), 100,
                null));
        return centre.id();
    }

    private static MockHttpServletRequestBuilder costItem(MockHttpServletRequestBuilder request, String description,
                                                          String version) {
        return request.param("year", "2026").param("period", "Q1").param("category", "PREMISES_RENT")
                .param("description", description).param("amount", "1 000,00").param("payer", "CHILD_HEALTH")
                .param("corrects", "").param("version", version);
    }
}

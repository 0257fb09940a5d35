package se.samverka.centre;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.CentreKind;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.StatementCounter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The centre list in SQL: visibility is the access policy's own decision, the list pages and sorts, and its
 * statements do not grow with the number of centres. Dals-Ed (1438) is this test's municipality.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentreListTest {

    private static final String DALS_ED = "1438";
    private static final Pattern ROW = Pattern.compile("<th scope=\"row\"><a href=\"/centres/(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreQueries queries;

    private final List<Fixtures.Centre> centres = new ArrayList<>();
    private String municipalityAdmin;
    private String coordinator;
    private String countyAdmin;

    @BeforeAll
    void oneCentre() {
        centres.add(familyCentre());
        municipalityAdmin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality(DALS_ED).id()));
        coordinator = fixtures.account(new Grant(Role.COORDINATOR, centres.getFirst().id()));
        countyAdmin = fixtures.account(Grant.countyAdmin());
    }

    @Test
    void statementsDoNotGrowWithTheNumberOfCentres() throws Exception {
        Map<String, Integer> withOne = statements();
        while (centres.size() < 51) {
            centres.add(centres.size() % 2 == 0 ? familyCentre() : fixtures.centre(DALS_ED, false, CHILD_HEALTH, true));
        }
        Map<String, Integer> withFifty = statements();
        System.out.printf("centre list statements with 1 centre %s, with 51 %s%n", withOne, withFifty);
        assertThat(withFifty).isEqualTo(withOne);
        assertThat(withOne.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(12));
    }

    @Test
    void visibilityInSqlIsThePolicysDecisionForEveryStandingAndAction() {
        Fixtures.Centre a = centres.getFirst();
        Fixtures.Centre b = fixtures.centre("1490", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        Fixtures.Centre c = fixtures.centre("1485", true, MIDWIFE_CLINIC, true, CHILD_HEALTH, false);
        List<CentreSummary> all = queries.summaries(CentreQueries.Filter.NONE,
                new CentreAccess.Visibility("true", Map.of()));
        long region = fixtures.region().id();
        long municipality = fixtures.municipality("1490").id();
        List<CentreAccess.Scope> scopes = List.of(
                scope(true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                scope(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                scope(false, Set.of(), Set.of(), Set.of(region), Set.of(), Set.of(), Set.of()),
                scope(false, Set.of(), Set.of(), Set.of(municipality), Set.of("1490"), Set.of(), Set.of()),
                scope(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(b.unitIds().getFirst()), Set.of()),
                scope(false, Set.of(), Set.of(c.id()), Set.of(), Set.of(), Set.of(), Set.of()),
                scope(false, Set.of(a.id()), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                scope(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(c.id())),
                scope(false, Set.of(b.id()), Set.of(a.id()), Set.of(municipality), Set.of("1490", DALS_ED),
                        Set.of(c.unitIds().getLast()), Set.of(a.id(), b.id())));
        for (CentreAccess.Scope scope : scopes) {
            for (CentreAction action : CentreAction.values()) {
                Set<Long> inJava = all.stream().filter(centre -> scope.may(action, centre.facts()))
                        .map(CentreSummary::id).collect(Collectors.toSet());
                assertThat(ids(queries.summaries(CentreQueries.Filter.NONE, scope.visibility(action))))
                        .as("%s may %s", scope, action).isEqualTo(inJava);
            }
        }
        assertThat(all).extracting(CentreSummary::id).contains(a.id(), b.id(), c.id());
    }

    @Test
    void theListPagesSortsAndFiltersByKind() throws Exception {
        while (centres.size() < 53) {
            centres.add(centres.size() % 2 == 0 ? familyCentre() : fixtures.centre(DALS_ED, false, CHILD_HEALTH, true));
        }
        long total = inDalsEd().size();
        String first = body(get("/centres"), municipalityAdmin);
        assertThat(rows(first)).hasSize(50);
        assertThat(first).contains("Visar 1–50 av " + total).contains("aria-current=\"page\"")
                .contains("rel=\"next\"").doesNotContain("rel=\"prev\"").contains("aria-sort=\"ascending\"");
        String second = body(get("/centres").param("page", "2"), municipalityAdmin);
        assertThat(rows(second)).hasSize((int) total - 50).doesNotContainAnyElementsOf(rows(first));

        List<Long> byName = new ArrayList<>(rows(first));
        byName.addAll(rows(second));
        String descending = body(get("/centres").param("sort", "-name"), municipalityAdmin);
        assertThat(rows(descending).getFirst()).isEqualTo(byName.getLast());
        assertThat(descending).contains("aria-sort=\"descending\"").contains("href=\"/centres?sort=-name&amp;page=2\"");

        for (String nonsense : List.of("abc", "0", "-3", "99999", "1e3")) {
            assertThat(rows(body(get("/centres").param("page", nonsense).param("sort", "nonsense"), municipalityAdmin)))
                    .as("page %s", nonsense).isEqualTo(rows(first));
        }

        Set<Long> familyCentres = inDalsEd().stream()
                .filter(centre -> centre.kind() == CentreKind.FAMILY_CENTRE).map(CentreSummary::id)
                .collect(Collectors.toSet());
        assertThat(familyCentres).isNotEmpty().hasSizeLessThan((int) total);
        assertThat(Set.copyOf(rows(body(get("/centres").param("kind", "FAMILY_CENTRE").param("sort", "kind"),
                municipalityAdmin)))).isEqualTo(familyCentres);
    }

    @Test
    void theApiPagesWithTheTotalAndLinksAndRefusesBadValuesClearly() throws Exception {
        while (centres.size() < 53) {
            centres.add(centres.size() % 2 == 0 ? familyCentre() : fixtures.centre(DALS_ED, false, CHILD_HEALTH, true));
        }
        long total = inDalsEd().size();
        MockHttpServletResponse first = send(get("/api/v1/centres").param("size", "20"), municipalityAdmin);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("X-Total-Count")).isEqualTo(Long.toString(total));
        assertThat(first.getHeader("Link")).isEqualTo("</api/v1/centres?page=2&size=20>; rel=\"next\"");
        assertThat(first.getContentAsString().split("\"id\":")).hasSize(21);
        MockHttpServletResponse last = send(get("/api/v1/centres").param("size", "20").param("page", "3")
                .param("municipality", DALS_ED), municipalityAdmin);
        assertThat(last.getHeader("Link")).isEqualTo(
                "</api/v1/centres?municipality=1438&page=2&size=20>; rel=\"prev\"");

        for (var bad : List.of(Map.of("size", "101"), Map.of("size", "0"), Map.of("page", "0"), Map.of("page", "x"))) {
            MockHttpServletRequestBuilder request = get("/api/v1/centres");
            bad.forEach(request::param);
            MockHttpServletResponse refused = send(request, municipalityAdmin);
            assertThat(refused.getStatus()).as("%s", bad).isEqualTo(400);
            assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(refused.getContentAsString()).contains(bad.keySet().iterator().next());
        }
    }

    private Map<String, Integer> statements() throws Exception {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        for (String who : List.of(countyAdmin, municipalityAdmin, coordinator)) {
            counts.put(who + " page", StatementCounter.of(() -> body(get("/centres"), who)).statements());
            counts.put(who + " filtered", StatementCounter.of(() -> body(get("/centres")
                    .param("municipality", DALS_ED).param("kind", "FAMILY_CENTRE"), who)).statements());
            counts.put(who + " API", StatementCounter.of(() -> send(get("/api/v1/centres"), who)).statements());
        }
        return counts;
    }

    /** Every centre in Dals-Ed, its kind decided by the Classifier in Java. */
    private List<CentreSummary> inDalsEd() {
        return queries.summaries(new CentreQueries.Filter(DALS_ED, null, null),
                new CentreAccess.Visibility("true", Map.of()));
    }

    private Fixtures.Centre familyCentre() {
        return fixtures.centre(DALS_ED, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    private static CentreAccess.Scope scope(boolean county, Set<Long> steering, Set<Long> coordinating,
                                            Set<Long> principals, Set<String> municipalities, Set<Long> units,
                                            Set<Long> viewing) {
        return new CentreAccess.Scope(county, county, Set.of(), steering, coordinating, principals, municipalities, units, () -> viewing);
    }

    private static Set<Long> ids(Collection<CentreSummary> centres) {
        return centres.stream().map(CentreSummary::id).collect(Collectors.toSet());
    }

    private static List<Long> rows(String page) {
        return ROW.matcher(page).results().map(match -> Long.parseLong(match.group(1))).toList();
    }

    private String body(MockHttpServletRequestBuilder request, String who) throws Exception {
        MockHttpServletResponse response = send(request, who);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String who) throws Exception {
        return mvc.perform(request.with(fixtures.as(who))).andReturn().getResponse();
    }
}

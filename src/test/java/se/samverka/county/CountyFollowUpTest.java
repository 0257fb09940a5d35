package se.samverka.county;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.centre.CentreDescription;
import se.samverka.centre.CentreHistory;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreState;
import se.samverka.centre.CentreView;
import se.samverka.centre.UnitParticipation;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.CentreKind;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/** The county's follow-up on a real PostgreSQL: the registry's history, the open statistics, the parties, the pages. */
@IntegrationTest
class CountyFollowUpTest {

    private static final String GULLSPANG = "1447";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    CentreHistory history;
    @Autowired
    TestClock clock;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    se.samverka.organisation.Organisations organisations;

    /** A centre that takes in its midwife clinic on 1 July counts as family-centre-like on 30 June, a family centre on 1 July. */
    @Test
    void aCentreCountsAsTheKindItWasOnEachDay() throws Exception {
        List<LocalDate> days = List.of(LocalDate.of(2019, 6, 14), LocalDate.of(2019, 6, 15), LocalDate.of(2019, 6, 30),
                LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31));
        List<java.util.Map<CentreKind, Long>> before = days.stream().map(this::inGullspang).toList();
        clock.set(LocalDateTime.of(2019, 6, 15, 9, 0));
        Fixtures.Centre centre = fixtures.centre(GULLSPANG, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        clock.set(LocalDateTime.of(2019, 7, 1, 9, 0));
        CentreView view = registry.view(centre.id()).orElseThrow();
        var participations = new ArrayList<>(view.participations().stream()
                .map(p -> new UnitParticipation(p.operation(), p.unit().id(), p.coLocated())).toList());
        participations.add(new UnitParticipation(MIDWIFE_CLINIC, fixtures.unit(fixtures.region(), MIDWIFE_CLINIC), true));
        registry.describe(centre.id(), view.version(), new CentreDescription(view.name(), view.address(),
                GULLSPANG, false, participations, List.of(), null));
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 0));

        record Expected(LocalDate day, CentreKind kind) {
        }
        List<Expected> table = List.of(new Expected(days.get(0), null),
                new Expected(days.get(1), CentreKind.FAMILY_CENTRE_LIKE),
                new Expected(days.get(2), CentreKind.FAMILY_CENTRE_LIKE),
                new Expected(days.get(3), CentreKind.FAMILY_CENTRE),
                new Expected(days.get(4), CentreKind.FAMILY_CENTRE));
        for (int i = 0; i < table.size(); i++) {
            Expected expected = table.get(i);
            Optional<CentreState> state = history.on(expected.day()).stream()
                    .filter(s -> s.centreId() == centre.id()).findFirst();
            assertThat(state.map(CentreState::kind)).as("%s", expected.day()).isEqualTo(Optional.ofNullable(expected.kind()));
            if (expected.kind() == null) {
                continue;
            }
            JsonNode after = gullspang(expected.day());
            for (CentreKind kind : CentreKind.values()) {
                long added = after.get(kind.name()).asInt() - before.get(i).getOrDefault(kind, 0L);
                assertThat(added).as("%s %s in Gullspång", expected.day(), kind).isEqualTo(kind == expected.kind() ? 1 : 0);
            }
        }
    }

    @Test
    void theStatisticsListEveryMunicipalityAndSubRegionWithZerosIncluded() throws Exception {
        fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);

        JsonNode answer = statistics("2026-12-02");

        assertThat(answer.get("on").asString()).isEqualTo("2026-12-02");
        assertThat(answer.get("municipalities")).hasSize(49);
        assertThat(answer.get("subRegions")).hasSize(4);
        JsonNode hjo = find(answer.get("municipalities"), "code", "1497");
        assertThat(hjo.get("name").asString()).isEqualTo("Hjo");
        assertThat(hjo.get("subRegion").asString()).isEqualTo("Skaraborg");
        assertThat(hjo.has("FAMILY_CENTRE") && hjo.has("FAMILY_CENTRE_LIKE") && hjo.has("NOT_COVERED")).isTrue();
        int sum = 0;
        for (JsonNode municipality : answer.get("municipalities")) {
            sum += municipality.get("FAMILY_CENTRE").asInt();
        }
        assertThat(answer.get("total").get("FAMILY_CENTRE").asInt()).isEqualTo(sum);
    }

    @Test
    void aDayThatIsNotADateInTheFutureOrBeforeAnyDataIsRefusedWithAProblem() throws Exception {
        for (String day : List.of("2026-13-01", "igår", "2030-01-01", "1901-01-01")) {
            String body = mvc.perform(get("/api/v1/statistics").param("on", day))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).as(day).containsAnyOf("ÅÅÅÅ-MM-DD", "framtiden", "inga uppgifter före");
        }
    }

    @Test
    void thePartiesAreTheRegionAndTheFortyNineMunicipalitiesWithTheDecisionsOfTheSeedDocuments() throws Exception {
        JsonNode parties = json.readTree(mvc.perform(get("/api/v1/parties")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(parties).hasSize(50);
        JsonNode region = parties.get(0);
        assertThat(region.get("name").asString()).isEqualTo("Västra Götalandsregionen");
        assertThat(region.get("kind").asString()).isEqualTo("REGION");
        assertThat(region.get("organisationNumber").asString()).isEqualTo("232100-0131");
        assertThat(region.get("adopted").asBoolean()).isTrue();
        JsonNode ssn = region.get("decisions").get(0);
        assertThat(ssn.get("date").asString()).isEqualTo("2023-10-04");
        assertThat(ssn.get("paragraph").asString()).isEqualTo("§ 133");
        assertThat(ssn.get("diaryNumber").asString()).isEqualTo("SSN 2023-00636");
        assertThat(ssn.get("body").asString()).isEqualTo("Strategiska hälso- och sjukvårdsnämnden");
        JsonNode alingsas = find(parties, "code", "1489");
        assertThat(alingsas.get("name").asString()).isEqualTo("Alingsås");
        assertThat(alingsas.get("adopted").asBoolean()).isFalse();
        assertThat(alingsas.get("decisions").get(0).get("outcome").asString()).isEqualTo("PROPOSAL");
        assertThat(alingsas.get("decisions").get(0).get("diaryNumber").asString()).isEqualTo("2023.448 KS");
        int municipalities = 0;
        for (JsonNode party : parties) {
            municipalities += party.get("kind").asString().equals("MUNICIPALITY") ? 1 : 0;
        }
        assertThat(municipalities).isEqualTo(49);
    }

    @Test
    void theCountysStartPageShowsTheTermItsNoticeDeadlineAndTheAdoption() throws Exception {
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));

        mvc.perform(get("/").with(fixtures.as(viewer))).andExpect(redirectedUrl("/lan"));
        String page = page("/lan", viewer);
        assertThat(page).contains("Period 2: 2026-01-01 – 2027-12-31", "2026-12-31", "dagar kvar",
                "Samverka läser det som två år i taget", "1 av 50 parter har ett registrerat antagande");
        mvc.perform(get("/lan/att-gora").with(fixtures.as(viewer))).andExpect(redirectedUrl("/att-gora"));
        String todo = page("/att-gora", viewer);
        assertThat(todo).contains("Sista dag att skriftligen säga upp det regionala samverkansavtalet",
                "<td>2026-12-31</td>", "49 av 50 parter har inget registrerat beslut att anta det regionala avtalet");
        assertThat(page("/lan/tidslinje", viewer)).contains("2022-08-10 – 2022-12-10", "§ 43", "§ 70",
                "dnr SSN 2023-00636", "dnr 2023.448 KS");
    }

    @Test
    void theCountysCalendarFeedHasTheRegionalNoticeDeadlinesOfThisPeriodAndTheNextWithAReminder() throws Exception {
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR,
                fixtures.centre("1480", false, CHILD_HEALTH, true).id()));

        String feed = feed(viewer);
        assertThat(feed).contains("UID:r4a-notice-2@samverka", "UID:r4a-notice-3@samverka");
        String notice = feed.substring(feed.indexOf("UID:r4a-notice-2@samverka"));
        notice = notice.substring(0, notice.indexOf("END:VEVENT"));
        assertThat(notice).contains("DTSTART;VALUE=DATE:20261231", "BEGIN:VALARM", "TRIGGER:-P1W",
                "SUMMARY:Sista dag att säga upp det regionala samverkansavtalet (R4a)", "31 december 2026");
        assertThat(feed(coordinator)).doesNotContain("r4a-notice");
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        assertThat(feed(viewer)).as("long before").contains("r4a-notice-2");
        clock.set(LocalDateTime.of(2027, 1, 1, 9, 0));
        assertThat(feed(viewer)).as("after the deadline").contains("r4a-notice-2", "r4a-notice-3");
    }

    private String feed(String username) throws Exception {
        String url = (String) mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/kalender/link").with(csrf()).with(fixtures.as(username)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("url");
        return mvc.perform(get(url.substring(url.indexOf("/kalender/")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aSubRegionsFollowUpSeesItsOwnMunicipalitiesOnly() throws Exception {
        Fixtures.Centre boras = fixtures.centre("1490", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        Fixtures.Centre goteborg = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        String sjuharad = fixtures.account(new Grant(Role.SUB_REGION_VIEWER, 3L));

        String covered = page("/lan/centra?urval=COVERED", sjuharad);
        assertThat(covered).contains(boras.name()).doesNotContain(goteborg.name());
        String overview = page("/lan", sjuharad);
        assertThat(overview).contains("Borås").doesNotContain(">Göteborg<", "Västra Götalandsregionen");
        assertThat(page("/lan/parter", sjuharad)).contains("Borås").doesNotContain("Göteborg</a>");
    }

    @Test
    void signingInTakesTheCountyToItsOverview() throws Exception {
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));

        mvc.perform(formLogin("/login").user(viewer).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/lan"));
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR,
                fixtures.centre("1480", false, CHILD_HEALTH, true).id()));
        mvc.perform(formLogin("/login").user(coordinator).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/centres"));
    }

    private java.util.Map<CentreKind, Long> inGullspang(LocalDate day) {
        return history.on(day).stream().filter(s -> s.municipalityCode().equals(GULLSPANG))
                .collect(java.util.stream.Collectors.groupingBy(CentreState::kind, java.util.stream.Collectors.counting()));
    }

    @Test
    void theCountyAdministratorRecordsAPartysTerminationAndSeesWhenTheAgreementEndsForIt() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));
        long herrljunga = fixtures.municipality("1466").id();
        byte[] pdf = onePagePdf();

        mvc.perform(multipart("/lan/parter/{id}/beslut", herrljunga).file(new MockMultipartFile("document",
                        "uppsägning.pdf", "application/pdf", pdf))
                        .param("outcome", "TERMINATION").param("body", "Kommunstyrelsen").param("bodyKind", "EXECUTIVE_BOARD")
                        .param("decidedOn", "2026-11-20").param("paragraph", "§ 201").param("diaryNumber", "KS 2026/77")
                        .param("decision", "Kommunen säger upp samverkansavtalet.")
                        .with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().is3xxRedirection());

        String page = page("/lan/parter/" + herrljunga, viewer);
        assertThat(page).contains("Skriftlig uppsägning", "§ 201", "dnr KS 2026/77",
                "avtalet förlängs inte för parten och upphör 2027-12-31", "uppsägning.pdf");
        long id = jdbc.sql("select id from regional_decision where principal_id = :p").param("p", herrljunga)
                .query(Long.class).single();
        byte[] downloaded = mvc.perform(get("/lan/beslut/{id}/dokument", id).with(fixtures.as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(page("/lan", viewer)).contains("Herrljunga", "upphör 2027-12-31");

        mvc.perform(multipart("/lan/parter/{id}/beslut", herrljunga).param("outcome", "ADOPTED")
                        .param("body", "Kommunfullmäktige").param("bodyKind", "COUNCIL").param("decidedOn", "2026-11-21")
                        .param("decision", "Antas.").with(csrf()).with(fixtures.as(viewer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDecisionWithAWrongDayOrADocumentThatIsNotAPdfIsRefusedAndNothingIsRecorded() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        long hjo = fixtures.municipality("1497").id();

        String future = mvc.perform(multipart("/lan/parter/{id}/beslut", hjo).param("outcome", "ADOPTED")
                        .param("body", "Kommunfullmäktige").param("bodyKind", "COUNCIL").param("decidedOn", "2030-01-01")
                        .param("decision", "Antas.").with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(future).contains("Beslutsdagen kan inte ligga i framtiden.");
        String notPdf = mvc.perform(multipart("/lan/parter/{id}/beslut", hjo).file(new MockMultipartFile("document",
                                "protokoll.pdf", "application/pdf", "inte en pdf".getBytes(StandardCharsets.UTF_8)))
                        .param("outcome", "ADOPTED").param("body", "Kommunfullmäktige").param("bodyKind", "COUNCIL")
                        .param("decidedOn", "2024-02-15").param("decision", "Antas.")
                        .with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notPdf).contains("Dokumentet är inte en PDF som går att öppna.");
        assertThat(jdbc.sql("select count(*) from regional_decision where principal_id = :p").param("p", hjo)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCountyAdministratorImportsTheChildrenPerMunicipalityAndTheCountySeesCentresPerThousandChildren()
            throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));
        StringBuilder csv = new StringBuilder("\"Folkmängden efter region, ålder och år\"\n\"region\",\"ålder\",\"2025\"\n");
        for (var municipality : organisations.municipalities()) {
            for (int age = 0; age <= 5; age++) {
                csv.append('"').append(municipality.code()).append(' ').append(municipality.name()).append("\",\"")
                        .append(age).append(" år\",\"").append(municipality.code().equals("1446") ? 50 : 1000)
                        .append("\"\n");
            }
        }
        fixtures.centre("1446", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        long karlsborgCovered = history.on(LocalDate.now(clock)).stream()
                .filter(s -> s.municipalityCode().equals("1446") && s.kind() != CentreKind.NOT_COVERED).count();

        mvc.perform(multipart("/lan/befolkning").file(new MockMultipartFile("file", "befolkning.csv", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))).param("year", "2025")
                        .with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/lan/befolkning", viewer)).contains("Barn 0–5 år", "befolkning.csv", "2025");
        String rate = java.math.BigDecimal.valueOf(karlsborgCovered * 1000.0 / 300)
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        assertThat(page("/lan", viewer)).contains("Per 1 000 barn 0–5 år (2025)", rate);
        assertThat(page("/lan/karta?figur=PER_1000_CHILDREN", viewer)).contains("Karlsborg: " + rate);

        mvc.perform(multipart("/lan/befolkning").file(new MockMultipartFile("file", "befolkning.csv", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))).param("year", "2025")
                        .with(csrf()).with(fixtures.as(viewer)))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(multipart("/lan/befolkning").file(new MockMultipartFile("file", "fel.csv",
                                "text/csv", "\"region\",\"2025\"\n\"1401 Härryda\",\"12\"\n".getBytes(StandardCharsets.UTF_8)))
                        .param("year", "2025").with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Filen lästes inte in", "Filen saknar 48 kommuner");
        assertThat(jdbc.sql("select count(*) from population_import").query(Long.class).single()).isEqualTo(1);
    }

    private static byte[] onePagePdf() throws java.io.IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private JsonNode gullspang(LocalDate day) throws Exception {
        return find(statistics(day.toString()).get("municipalities"), "code", GULLSPANG);
    }

    private JsonNode statistics(String day) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/statistics").param("on", day))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(field + " " + value + " not found");
    }
}

package se.samverka.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.CentreKind;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/** The centre pages as a coordinator and a municipality's administrator use them. */
@IntegrationTest
class CentrePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;

    @Test
    void aCentresPageShowsItsKindWhyWhatIsMissingAndTheChecklist() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, false, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));

        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Familjecentralsliknande verksamhet")))
                .andExpect(content().string(containsString("RB3a")))
                .andExpect(content().string(containsString("Barnmorskemottagning ska vara samlokaliserad.")))
                .andExpect(content().string(containsString("Verksamheten saknar styrgrupp.")))
                .andExpect(content().string(containsString("R11.2a")))
                .andExpect(content().string(containsString("Ändra uppgifter")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aMunicipalityRegistersACentreThatIsClassifiedAtOnce() throws Exception {
        String admin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1490").id()));
        long bvc = fixtures.unit(fixtures.region(), CHILD_HEALTH);
        long of = fixtures.unit(fixtures.municipality("1490"), OPEN_PRESCHOOL);
        String name = Fixtures.unique("Familjecentralen Ny");

        MvcResult result = mvc.perform(centreForm(post("/centres"), name, "50335", "1490")
                        .param("participations[1].takesPart", "true").param("participations[1].unitId", String.valueOf(bvc))
                        .param("participations[1].coLocated", "true")
                        .param("participations[2].takesPart", "true").param("participations[2].unitId", String.valueOf(of))
                        .param("participations[2].coLocated", "true")
                        .param("otherActors[1].takesPart", "true").param("otherActors[1].description", "Stadsbiblioteket")
                        .with(fixtures.as(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/centres/*"))
                .andReturn();

        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/centres/".length()));
        CentreView centre = registry.view(id).orElseThrow();
        assertThat(centre.name()).isEqualTo(name);
        assertThat(centre.address().postalCode()).isEqualTo("503 35");
        assertThat(centre.classification().kind()).isEqualTo(CentreKind.NOT_COVERED);
        assertThat(centre.otherActors()).containsExactly(new ActorEntry(se.samverka.rules.OtherActor.LIBRARY, "Stadsbiblioteket"));
    }

    @Test
    void badInputComesBackWithTheMessageAtTheFieldAndSavesNothing() throws Exception {
        String admin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1490").id()));
        long midwifeUnit = fixtures.unit(fixtures.region(), MIDWIFE_CLINIC);
        String name = Fixtures.unique("Ska inte sparas");

        mvc.perform(centreForm(post("/centres"), name, "1234", "1490")
                        .param("participations[1].takesPart", "true")
                        .param("participations[1].unitId", String.valueOf(midwifeUnit))
                        .param("participations[2].takesPart", "true")
                        .param("otherActors[7].takesPart", "true")
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("Postnumret ska vara fem siffror")))
                .andExpect(content().string(containsString("Den valda enheten driver inte barnhälsovård.")))
                .andExpect(content().string(containsString("Välj vilken enhet som driver öppen förskola.")))
                .andExpect(content().string(containsString("Beskriv vilken annan samhällsaktör som ingår.")))
                .andExpect(content().string(containsString("id=\"postalCode-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"postalCode-hint postalCode-error\"")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));

        assertThat(mvc.perform(get("/centres").with(fixtures.as(admin))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(name);
    }

    @Test
    void garbageInAFieldIsAFieldErrorNotAServerError() throws Exception {
        String admin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1490").id()));
        mvc.perform(centreForm(post("/centres"), "Namn", "503 35", "1490")
                        .param("participations[1].takesPart", "true")
                        .param("participations[1].unitId", "inte-ett-id")
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldAndChangesNothing() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String first = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String second = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        mvc.perform(keeping(centre, centreForm(post("/centres/{id}", centre.id()), "Den förstas namn", "411 01", "1480"))
                        .with(fixtures.as(first)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(keeping(centre, centreForm(post("/centres/{id}", centre.id()), "Den andras namn", "411 01", "1480"))
                        .with(fixtures.as(second)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "Någon annan har ändrat uppgifterna medan du skrev: uppgifter, basverksamheter och andra aktörer")))
                .andExpect(content().string(containsString("value=\"Den andras namn\"")));

        CentreView saved = registry.view(centre.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Den förstas namn");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.classification().kind()).isEqualTo(CentreKind.NOT_COVERED);
        assertThat(saved.participations()).hasSize(2);
    }

    @Test
    void aCoordinatorCannotRegisterACentreOrChooseAnotherMunicipality() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        mvc.perform(get("/centres/new").with(fixtures.as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(centreForm(post("/centres/{id}", centre.id()), "Flyttad", "411 01", "1490")
                        .with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du kan bara registrera familjecentraler i din egen kommun.")));
        assertThat(registry.view(centre.id()).orElseThrow().municipality().code()).isEqualTo("1480");
    }

    @Test
    void theCoordinatorFormChecksEmployerAndServiceGrade() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String group = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()),
                new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id()));
        long outsider = fixtures.municipality("1490").id();

        mvc.perform(post("/centres/{id}/coordinator", centre.id()).with(csrf()).with(fixtures.as(group))
                        .param("name", " ").param("employerId", String.valueOf(outsider)).param("serviceGrade", "120")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange samordnarens namn.")))
                .andExpect(content().string(containsString("Välj anställande part bland huvudmännen")))
                .andExpect(content().string(containsString("Ange tjänstgöringsgraden som en siffra från 1 till 100.")));

        mvc.perform(post("/centres/{id}/coordinator", centre.id()).with(csrf()).with(fixtures.as(group))
                        .param("name", "Maja M").param("employerId", String.valueOf(fixtures.municipality("1480").id()))
                        .param("serviceGrade", "40").param("appointedOn", "2026-01-15").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        CentreView view = registry.view(centre.id()).orElseThrow();
        assertThat(view.coordinator().name()).isEqualTo("Maja M");
        assertThat(view.coordinator().appointedOn()).hasToString("2026-01-15");
    }

    @Test
    void aSteeringGroupsPageLinksOnlyTheCentresTheUserMayOpen() throws Exception {
        Fixtures.Centre mine = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        Fixtures.Centre other = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        long group = registry.formSteeringGroup(mine.id(), 0, "Gemensam styrgrupp");
        registry.governBy(other.id(), registry.view(other.id()).orElseThrow().version(), group);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, mine.id()));
        String county = fixtures.account(Grant.countyAdmin());

        String page = mvc.perform(get("/steering-groups/{id}", group).with(fixtures.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/centres/" + mine.id() + "\"", other.name())
                .doesNotContain("href=\"/centres/" + other.id() + "\"");
        mvc.perform(get("/centres/{id}", other.id()).with(fixtures.as(coordinator))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/steering-groups/{id}", group).with(fixtures.as(county)))
                .andReturn().getResponse().getContentAsString())
                .contains("href=\"/centres/" + mine.id() + "\"", "href=\"/centres/" + other.id() + "\"");
    }

    @Test
    void theSteeringGroupPageAddsAndChecksMembers() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        String member = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        long group = registry.formSteeringGroup(centre.id(), 0, "Styrgruppen");

        mvc.perform(post("/steering-groups/{id}", group).with(csrf()).with(fixtures.as(member))
                        .param("name", "Styrgruppen").param("version", "0").param("action", "add-member"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ledamot 1")));
        mvc.perform(post("/steering-groups/{id}", group).with(csrf()).with(fixtures.as(member))
                        .param("name", "Styrgruppen").param("version", "0").param("action", "save")
                        .param("members[0].name", "Bo B").param("members[0].title", "")
                        .param("members[0].operation", "CHILD_HEALTH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange ledamotens befattning.")));
        mvc.perform(post("/steering-groups/{id}", group).with(csrf()).with(fixtures.as(member))
                        .param("name", "Styrgruppen").param("version", "0").param("action", "save")
                        .param("members[0].name", "Bo B").param("members[0].title", "Verksamhetschef")
                        .param("members[0].operation", "CHILD_HEALTH")
                        .param("members[1].name", "").param("members[1].title", ""))
                .andExpect(status().is3xxRedirection());

        assertThat(registry.steeringGroup(group).orElseThrow().members())
                .containsExactly(new SteeringGroupMember("Bo B", "Verksamhetschef", CHILD_HEALTH));
    }

    @Test
    void theListFiltersByMunicipalitySubRegionAndKind() throws Exception {
        Fixtures.Centre family = fixtures.centre("1496", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        Fixtures.Centre notCovered = fixtures.centre("1496", false, OPEN_PRESCHOOL, true);
        String county = fixtures.account(Grant.countyAdmin());

        String skaraborgFamilyCentres = mvc.perform(get("/centres").param("subRegion", "SKARABORG")
                        .param("kind", "FAMILY_CENTRE").with(fixtures.as(county)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(skaraborgFamilyCentres).contains(family.name()).doesNotContain(notCovered.name());

        String gothenburg = mvc.perform(get("/centres").param("municipality", "1480").with(fixtures.as(county))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(gothenburg).doesNotContain(family.name()).doesNotContain("<html");
    }

    /** Keeps the fixture centre's two operations (child health care, open pre-school) in the form. */
    private static MockHttpServletRequestBuilder keeping(Fixtures.Centre centre, MockHttpServletRequestBuilder request) {
        return request
                .param("participations[1].takesPart", "true")
                .param("participations[1].unitId", String.valueOf(centre.unitIds().get(0)))
                .param("participations[1].coLocated", "true")
                .param("participations[2].takesPart", "true")
                .param("participations[2].unitId", String.valueOf(centre.unitIds().get(1)));
    }

    private static MockHttpServletRequestBuilder centreForm(MockHttpServletRequestBuilder request, String name,
                                                           String postalCode, String municipality) {
        request.with(csrf()).param("name", name).param("street", "Storgatan 1").param("postalCode", postalCode)
                .param("city", "Borås").param("municipalityCode", municipality).param("version", "0");
        String[] operations = {"MIDWIFE_CLINIC", "CHILD_HEALTH", "OPEN_PRESCHOOL", "PREVENTIVE_SOCIAL_SERVICES"};
        for (int i = 0; i < operations.length; i++) {
            request.param("participations[" + i + "].operation", operations[i]);
        }
        String[] actors = {"DENTAL", "LIBRARY", "PARENTING_SUPPORT_DEVELOPER", "SPEECH_THERAPIST", "BUDGET_ADVICE",
                "PSYCHOLOGIST_MHV_BHV", "CIVIL_SOCIETY", "OTHER"};
        for (int i = 0; i < actors.length; i++) {
            request.param("otherActors[" + i + "].actor", actors[i]);
        }
        return request;
    }
}

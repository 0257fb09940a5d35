package se.samverka.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganisationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organisations organisations;

    @Test
    void aMunicipalityEntersItsOrganisationNumberAndAWrongCheckDigitIsExplained() throws Exception {
        PrincipalSummary lerum = fixtures.municipality("1441");
        String admin = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, lerum.id()));

        mvc.perform(post("/organisations/{id}", lerum.id()).with(csrf()).with(fixtures.as(admin))
                        .param("name", lerum.name()).param("organisationNumber", "212000-1500")
                        .param("version", String.valueOf(lerum.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kontrollsiffran stämmer inte")))
                .andExpect(content().string(containsString("id=\"organisationNumber-error\"")));
        assertThat(organisations.principal(lerum.id()).orElseThrow().organisationNumber()).isNull();

        mvc.perform(post("/organisations/{id}", lerum.id()).with(csrf()).with(fixtures.as(admin))
                        .param("name", "Ett annat namn").param("organisationNumber", "2120001504")
                        .param("version", String.valueOf(lerum.version())))
                .andExpect(status().is3xxRedirection());
        PrincipalSummary saved = organisations.principal(lerum.id()).orElseThrow();
        assertThat(saved.organisationNumber()).isEqualTo("212000-1504");
        assertThat(saved.name()).as("a municipality's name is fixed").isEqualTo(lerum.name());
    }

    @Test
    void aPersonalIdentityNumberIsNotAnOrganisationNumber() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        mvc.perform(post("/organisations").with(csrf()).with(fixtures.as(county))
                        .param("name", "Doktor Enskild").param("organisationNumber", "811218-9876").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ser ut som ett personnummer")));
    }

    @Test
    void aUnitMustRunAnOperationItsPrincipalRuns() throws Exception {
        PrincipalSummary provider = fixtures.privateProvider();
        String county = fixtures.account(Grant.countyAdmin());

        mvc.perform(post("/organisations/{id}/units", provider.id()).with(csrf()).with(fixtures.as(county))
                        .param("name", "Öppna förskolan Privat").param("operation", "OPEN_PRESCHOOL")
                        .param("hsaId", "inte-ett-hsa-id").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("driver inte den basverksamheten")))
                .andExpect(content().string(containsString("HSA-id skrivs SE")));
        mvc.perform(post("/organisations/{id}/units", provider.id()).with(csrf()).with(fixtures.as(county))
                        .param("name", "BVC Privat").param("operation", "CHILD_HEALTH")
                        .param("hsaId", "se5566771233-b7").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.unitsOf(provider.id())).singleElement()
                .satisfies(unit -> assertThat(unit.hsaId()).isEqualTo("SE5566771233-B7"));
        mvc.perform(post("/organisations/{id}/units", provider.id()).with(csrf()).with(fixtures.as(county))
                        .param("name", "BVC Privat").param("operation", "CHILD_HEALTH").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Det finns redan en enhet med samma namn")));
    }

    @Test
    void twoPrincipalsCannotShareAnOrganisationNumber() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        mvc.perform(post("/organisations").with(csrf()).with(fixtures.as(county))
                        .param("name", "Regionen igen").param("organisationNumber", "232100-0131").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En annan huvudman har redan det här organisationsnumret.")));
    }
}

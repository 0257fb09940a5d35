package se.samverka.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Actors;
import se.samverka.identity.Grant;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PlatformTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Actors actors;

    @Test
    void reportsLivenessAndReadiness() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        }
    }

    @Test
    void sendsSecureHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void refusesAFormPostWithoutItsCsrfToken() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        mvc.perform(post("/organisations").param("name", "X").with(fixtures.as(county)))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownPagesAndBadAddressesGetSwedishErrorPagesWithoutInternals() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        mvc.perform(get("/centres/999999999").with(fixtures.as(county)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/centres/inte-ett-nummer").with(fixtures.as(county)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/centres").param("kind", "ZOO").with(fixtures.as(county)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theHomePageShowsTheRegionalAgreementsTermAndHowSamverkaReadsTheExtension() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2024-03-01 – 2025-12-31")))
                .andExpect(content().string(containsString("två år i taget")))
                .andExpect(content().string(containsString("2024-01-01")));
    }

    @Test
    void theStartPageSaysHowTheRegionalAgreementIsExtendedOnceAndOtherPagesInTheirFooter() throws Exception {
        String note = "Samverka läser det som två år i taget";
        String start = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(start.split(note, -1)).as("the note on the start page").hasSize(2);
        assertThat(start).doesNotContain("Det regionala samverkansavtalet gäller under perioden");
        String trial = mvc.perform(get("/prova")).andReturn().getResponse().getContentAsString();
        assertThat(trial.split(note, -1)).as("the note in the footer of another page").hasSize(2);
        assertThat(trial).contains("Det regionala samverkansavtalet gäller under perioden");
    }

    @Test
    void theHeaderNamesTheSignedInPersonNotTheUsername() throws Exception {
        String username = fixtures.account(Grant.countyAdmin());
        String page = mvc.perform(get("/prova").with(fixtures.as(username))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Inloggad som " + actors.byUsername(username).orElseThrow().displayName()).doesNotContain("Inloggad som " + username);
    }
}

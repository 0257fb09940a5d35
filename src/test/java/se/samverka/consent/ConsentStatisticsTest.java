package se.samverka.consent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The coordinator, the steering group and the county see a centre's consents and disclosures as counts, a count
 * below 5 as "färre än 5", and never a person (R13d).
 */
@IntegrationTest
class ConsentStatisticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsBelowFiveAreToldAsFewerThanFiveAndNoPersonIsShown() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, PREVENTIVE_SOCIAL_SERVICES, true);
        long bvc = centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, bvc));
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        long person = 0;
        for (int i = 1; i <= 6; i++) {
            String location = mvc.perform(post("/centres/{c}/register/{u}/persons", centre.id(), bvc)
                            .param("kind", "PARENT").param("name", "Räknad Person " + i)
                            .param("reserveNumber", "STAT-" + i).with(csrf()).with(fixtures.as(staff)))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            person = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }
        for (int i = 0; i < 5; i++) {
            jdbc.sql("""
                            insert into consent (person_id, flows, information_kinds, given_by,
                                                 purpose, given_how, valid_from, valid_to, recorded_at, recorded_by)
                            values (:p, '{CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES}', '{HEALTH}', '{SELF}',
                                    'SIP', 'WRITTEN', '2026-03-01', '2026-12-31', now(), 'test')
                            """).param("p", person).update();
        }
        mvc.perform(post("/centres/{c}/register/{u}/persons/{p}/disclosures", centre.id(), bvc, person)
                        .param("to", "PREVENTIVE_SOCIAL_SERVICES").param("informationKind", "HEALTH")
                        .param("what", "Remiss").param("on", "2026-12-01").param("basis", "CONSENT")
                        .with(csrf()).with(fixtures.as(staff)))
                .andExpect(status().is3xxRedirection());

        String figures = page("/centres/" + centre.id() + "/sekretess", coordinator);
        assertThat(figures).contains("Personer i verksamheternas register vid årets slut 7",
                "Samtycken som började gälla under året 5", "Samtycken som återkallades under året färre än 5",
                "Utlämnanden mellan verksamheterna färre än 5", "OSL 12 kap. 2 § Samtycke från den enskilde färre än 5")
                .doesNotContain("Räknad Person").doesNotContain("STAT-");
        assertThat(page("/centres/" + centre.id() + "/sekretess?year=2025", coordinator))
                .contains("Samtycken som började gälla under året färre än 5");
        assertThat(page("/centres/" + centre.id(), coordinator)).contains("Samtycken och utlämnanden i siffror")
                .doesNotContain("Räknad Person");

        Fixtures.Centre other = fixtures.centre("1480", false, CHILD_HEALTH, true);
        mvc.perform(get("/centres/{id}/sekretess", centre.id())
                        .with(fixtures.as(fixtures.account(new Grant(Role.COORDINATOR, other.id())))))
                .andExpect(status().isForbidden());
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}

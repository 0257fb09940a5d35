package se.samverka.consent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The county sets the longest validity of a consent and the retention of the registers (§13): each change a new
 * version, used at once by the consent form, the register extract and the nightly purge; nobody else sets them.
 */
@IntegrationTest
class ConsentSettingsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsentSettings settings;

    /** The settings are the county's, one for all tests: set back to the defaults, as a version of their own. */
    @AfterEach
    void backToTheDefaults() {
        ConsentSettings.Settings current = settings.current();
        if (current.maxValidityMonths() != 12 || current.retentionYears() != 3) {
            settings.change(current.version(), 12, 3, "test");
        }
    }

    @Test
    void theCountySetsANewVersionThatTheConsentFormUsesAtOnce() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        int before = settings.current().version();
        String version = String.valueOf(before);
        assertThat(page("/admin/sekretess", county)).contains("12 månader", "3 år");

        save(county, Map.of("maxValidityMonths", "0", "retentionYears", "x", "version", version))
                .andExpect(status().isOk());
        assertThat(body(save(county, Map.of("maxValidityMonths", "121", "retentionYears", "51", "version", version))))
                .contains("Skriv ett helt antal månader från 1 till 120.", "Skriv ett helt antal år från 1 till 50.");
        assertThat(settings.current().version()).isEqualTo(before);

        save(county, Map.of("maxValidityMonths", "6", "retentionYears", "5", "version", version))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.current()).extracting(ConsentSettings.Settings::version,
                ConsentSettings.Settings::maxValidityMonths, ConsentSettings.Settings::retentionYears,
                ConsentSettings.Settings::recordedBy).containsExactly(before + 1, 6, 5, county);
        assertThat(page("/admin/sekretess", county)).contains("6 månader", "5 år", county);
        assertThat(body(save(county, Map.of("maxValidityMonths", "9", "retentionYears", "5", "version", version))))
                .contains("Någon annan har ändrat inställningarna under tiden");
        assertThat(settings.current().maxValidityMonths()).isEqualTo(6);
        assertThat(jdbc.sql("select detail from audit_event where object_type = 'consent_settings' order by id desc "
                + "limit 1").query(String.class).single()).isEqualTo("samtycken gäller högst 6 månader, gallring efter 5 år");

        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, PREVENTIVE_SOCIAL_SERVICES, true);
        long bvc = centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, bvc));
        String register = "/centres/" + centre.id() + "/register/" + bvc;
        String location = mvc.perform(post(register + "/persons").with(csrf()).with(fixtures.as(staff))
                        .param("kind", "PARENT").param("name", "Inställd Person").param("reserveNumber", Fixtures.unique("R")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location + "/consents/new", staff)).contains("högst 6 månader");
        String tooLong = body(mvc.perform(post(location + "/consents").with(csrf()).with(fixtures.as(staff))
                .param("flows", "CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES").param("informationKinds", "HEALTH")
                .param("givenBy", "SELF").param("purpose", "SIP").param("givenHow", "WRITTEN")
                .param("validFrom", "2026-12-02").param("validTo", "2027-12-01")));
        assertThat(tooLong).contains("6 månader");
        assertThat(jdbc.sql("select count(*) from consent c join person p on p.id = c.person_id where p.name = 'Inställd Person'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void nobodyButTheCountysAdministratorSetsThem() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        for (String other : new String[]{fixtures.account(new Grant(Role.STAFF, centre.unitIds().getFirst())),
                fixtures.account(new Grant(Role.AUDITOR, null)),
                fixtures.account(new Grant(Role.LOG_REVIEWER, fixtures.region().id())),
                fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.region().id()))}) {
            mvc.perform(get("/admin/sekretess").with(fixtures.as(other))).andExpect(status().isForbidden());
            save(other, Map.of("maxValidityMonths", "1", "retentionYears", "1",
                    "version", String.valueOf(settings.current().version()))).andExpect(status().isForbidden());
        }
        assertThat(settings.current().maxValidityMonths()).isEqualTo(12);
    }

    private ResultActions save(String user, Map<String, String> fields) throws Exception {
        var request = post("/admin/sekretess").with(csrf()).with(fixtures.as(user));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private static String body(ResultActions result) throws Exception {
        return HtmlEscape.unescapeHtml(result.andReturn().getResponse().getContentAsString());
    }

    private String page(String path, String user) throws Exception {
        return body(mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()))
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}

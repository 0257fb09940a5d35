package se.samverka.consent;

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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue of legal bases ships with consent and the five secrecy-breaking rules of the issue, each with its
 * statute and a plain explanation; the county's administrator adds, changes (a new version) and retires entries, and
 * nothing is ever overwritten.
 */
@IntegrationTest
class LegalBasisPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCatalogueShipsWithConsentAndTheFiveSecrecyBreakingRules() throws Exception {
        String staff = fixtures.account(new Grant(Role.STAFF, fixtures.unit(fixtures.region(),
                se.samverka.rules.BaseOperation.CHILD_HEALTH)));
        String list = page("/rattsliga-grunder", staff);
        assertThat(list).contains("OSL 12 kap. 2 §", "OSL 10 kap. 2 §", "OSL 10 kap. 21 §", "OSL 10 kap. 28 §",
                "OSL 25 kap. 12 §", "OSL 26 kap. 9 §", "Samtycke från den enskilde", "Sekretessbrytande regel")
                .doesNotContain("Lägg till en rättslig grund");
        assertThat(page("/rattsliga-grunder/OSL_10_28", staff)).contains("socialtjänstlagen (2001:453) 14 kap. 1 §",
                "socialtjänstlagen (2025:400)").doesNotContain("Spara som ny version");
        assertThat(jdbc.sql("select string_agg(code, ' ' order by code) from legal_basis_version where version = 1 "
                        + "and recorded_by = 'system'").query(String.class).single())
                .isEqualTo("CONSENT OSL_10_2 OSL_10_21 OSL_10_28 OSL_25_12 OSL_26_9");
        mvc.perform(get("/rattsliga-grunder/FINNS_INTE").with(fixtures.as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/rattsliga-grunder/inte giltig").with(fixtures.as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void theCountyAddsChangesAndRetiresAnEntryAndEveryVersionStays() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        String code = "TEST_" + ThreadLocalRandom.current().nextInt(1_000_000);

        send(county, "/rattsliga-grunder", Map.of("code", code.toLowerCase(), "kind", "SECRECY_BREAKING_RULE",
                "statute", "SoL 15 kap. 6 §", "title", "Anmälan om barn som far illa", "explanation", "Första lydelsen."))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/rattsliga-grunder", county)).contains("SoL 15 kap. 6 §", "Lägg till en rättslig grund");

        send(county, "/rattsliga-grunder/" + code, Map.of("kind", "SECRECY_BREAKING_RULE", "statute",
                "SoL 15 kap. 6 §", "title", "Anmälan om barn som far illa", "explanation", "Andra lydelsen.",
                "version", "1"))
                .andExpect(status().is3xxRedirection());
        String stale = send(county, "/rattsliga-grunder/" + code, Map.of("kind", "SECRECY_BREAKING_RULE", "statute",
                "SoL 15 kap. 6 §", "title", "Anmälan", "explanation", "Tredje lydelsen, från en gammal sida.",
                "version", "1"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(stale)).contains("ny version 2");

        send(county, "/rattsliga-grunder/" + code + "/retire", Map.of("version", "2"))
                .andExpect(status().is3xxRedirection());
        send(county, "/rattsliga-grunder/" + code, Map.of("kind", "SECRECY_BREAKING_RULE", "statute", "X",
                "title", "Y", "explanation", "Efter avvecklingen.", "version", "3"))
                .andExpect(status().isConflict());

        assertThat(jdbc.sql("select version || ' ' || retired || ' ' || explanation from legal_basis_version "
                        + "where code = :code order by version").param("code", code).query(String.class).list())
                .containsExactly("1 false Första lydelsen.", "2 false Andra lydelsen.", "3 true Andra lydelsen.");
        assertThat(page("/rattsliga-grunder/" + code, county)).contains("Grunden är avvecklad", "(avvecklad)",
                "Första", "Andra lydelsen.").doesNotContain("Spara som ny version");
        assertThat(page("/rattsliga-grunder", county)).contains("(avvecklad)");
        assertThatThrownBy(() -> jdbc.sql("update legal_basis_version set explanation = 'ändrad' where code = :code")
                .param("code", code).update()).rootCause()
                .hasMessageContaining("permission denied for table legal_basis_version");
    }

    @Test
    void aBadEntryIsToldAtItsFieldsAndATakenCodeIsRefused() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        String body = send(county, "/rattsliga-grunder", Map.of("code", "1 fel", "kind", "", "statute", "",
                "title", "x".repeat(301), "explanation", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Skriv en kod med 2–40 versaler",
                "Välj om grunden är ett samtycke", "Skriv lagrummet", "Högst 300 tecken.",
                "Skriv en förklaring på klarspråk.");
        body = send(county, "/rattsliga-grunder", Map.of("code", "OSL_10_2", "kind", "SECRECY_BREAKING_RULE",
                "statute", "OSL 10 kap. 2 §", "title", "Dubblett", "explanation", "Finns redan."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Det finns redan en rättslig grund med koden OSL_10_2.");
        assertThat(jdbc.sql("select count(*) from legal_basis_version where code = 'OSL_10_2'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void onlyTheCountyMaintainsTheCatalogue() throws Exception {
        for (String user : List.of(fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.region().id())),
                fixtures.account(new Grant(Role.AUDITOR, null)))) {
            send(user, "/rattsliga-grunder", Map.of("code", "INTRANG", "kind", "CONSENT", "statute", "x",
                    "title", "x", "explanation", "x")).andExpect(status().isForbidden());
            send(user, "/rattsliga-grunder/CONSENT/retire", Map.of("version", "1")).andExpect(status().isForbidden());
            mvc.perform(get("/rattsliga-grunder/ny").with(fixtures.as(user))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from legal_basis_version where code in ('INTRANG') or "
                + "(code = 'CONSENT' and version > 1)").query(Long.class).single()).isZero();
    }

    private ResultActions send(String user, String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(csrf()).with(fixtures.as(user));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}

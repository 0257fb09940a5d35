package se.samverka.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void theCountyCreatesAnAccountWithARoleForAUnit() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        long unit = fixtures.unit(fixtures.region(), se.samverka.rules.BaseOperation.CHILD_HEALTH);
        String username = "ny.personal" + System.nanoTime();

        mvc.perform(post("/admin/users").with(csrf()).with(fixtures.as(county))
                        .param("username", username).param("displayName", "Nina Ny").param("email", "nina@example.se")
                        .param("password", "ett-tillräckligt-långt").param("role", "STAFF").param("scopeId", String.valueOf(unit)))
                .andExpect(status().is3xxRedirection());

        assertThat(users.loadUserByUsername(username).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_STAFF");
    }

    @Test
    void theCountyCreatesALogReviewerWhoseRoleHoldsForNoScopeAndIsNoAdministrator() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        String username = "ny.granskare" + System.nanoTime();

        mvc.perform(post("/admin/users").with(csrf()).with(fixtures.as(county))
                        .param("username", username).param("displayName", "Greta Granskare")
                        .param("password", "ett-tillräckligt-långt").param("role", "AUDITOR"))
                .andExpect(status().is3xxRedirection());

        assertThat(users.loadUserByUsername(username).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_AUDITOR");
    }

    @Test
    void badInputIsExplainedAtEachField() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        mvc.perform(post("/admin/users").with(csrf()).with(fixtures.as(county))
                        .param("username", "å").param("displayName", "").param("email", "inte-en-adress")
                        .param("password", "kort").param("role", "COORDINATOR").param("scopeId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Användarnamnet ska vara 3–100 tecken")))
                .andExpect(content().string(containsString("Ange namnet.")))
                .andExpect(content().string(containsString("Skriv en e-postadress")))
                .andExpect(content().string(containsString("Lösenordet ska ha minst 12 tecken.")))
                .andExpect(content().string(containsString("Välj vilken familjecentral rollen gäller.")));
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        mvc.perform(post("/admin/users").with(csrf()).with(fixtures.as(county))
                        .param("username", county.toUpperCase()).param("displayName", "Dubblett").param("role", "COUNTY_ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Användarnamnet är upptaget.")));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        long id = accounts.all().stream().filter(a -> a.username().equals(county)).findFirst().orElseThrow().id();

        mvc.perform(post("/admin/users/{id}", id).with(csrf()).with(fixtures.as(county))
                        .param("displayName", "Jag själv").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du kan inte spärra ditt eget konto.")));
        mvc.perform(post("/admin/users/{id}/grants/remove", id).with(csrf()).with(fixtures.as(county))
                        .param("role", "COUNTY_ADMIN").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Du kan inte ta bort din egen roll som länsadministratör.")));
        assertThat(accounts.find(id).orElseThrow().grants()).contains(Grant.countyAdmin());
    }

    @Test
    void aDisabledAccountNoLongerSeesAnything() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        String coordinator = fixtures.account(Grant.countyAdmin());
        long id = accounts.all().stream().filter(a -> a.username().equals(coordinator)).findFirst().orElseThrow().id();

        mvc.perform(post("/admin/users/{id}", id).with(csrf()).with(fixtures.as(county))
                        .param("displayName", "Spärrad").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(users.loadUserByUsername(coordinator).isEnabled()).isFalse();
        mvc.perform(get("/admin/users").with(fixtures.as(county)))
                .andExpect(content().string(containsString("Spärrat")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aPasswordThatBreaksARuleIsExplainedAtItsFieldAndCreatesNothing() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        String[][] cases = {
                {" ".repeat(12), "Lösenordet får inte bestå av bara mellanslag."},
                {"password1234", "Lösenordet är ett av de vanligaste lösenorden och lätt att gissa."},
                {"å".repeat(129), "Lösenordet får ha högst 128 tecken."},
                {"ååååååååååååå", "Lösenordet får inte vara ett och samma tecken upprepat."},
        };
        for (String[] attempt : cases) {
            String username = "regel" + System.nanoTime();
            mvc.perform(post("/admin/users").with(csrf()).with(fixtures.as(county))
                            .param("username", username).param("displayName", "Regel Regelsson")
                            .param("password", attempt[0]).param("role", "COUNTY_ADMIN"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"password-error\"")))
                    .andExpect(content().string(containsString(attempt[1])));
            assertThat(accounts.exists(username)).as(attempt[1]).isFalse();
        }
        String username = "samma.som.losenordet";
        if (!accounts.exists(username)) {
            accounts.create(username, "Samma Somlösen", null, null, java.util.Set.of());
        }
        AccountSummary account = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        mvc.perform(post("/admin/users/{id}", account.id()).with(csrf()).with(fixtures.as(county))
                        .param("displayName", "Samma Somlösen").param("enabled", "true")
                        .param("newPassword", "Samma.Som.Losenordet").param("version", String.valueOf(account.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lösenordet får inte vara detsamma som användarnamnet.")));
    }
}

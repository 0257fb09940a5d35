package se.samverka.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;

/**
 * A role removed or an account disabled by another administrator takes effect on the signed-in session's very
 * next request, on every path: /admin (guarded by role), centre pages (by the account's grants), htmx and the API.
 * The sessions are real ones, from the login form, kept in PostgreSQL and named by their cookie.
 */
@IntegrationTest
class RevocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyAdministratorWhoseRoleIsRemovedLosesAdminAtTheNextRequest() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        String other = fixtures.account(Grant.countyAdmin());
        Cookie session = signIn(admin);
        assertThat(send(get("/admin/users"), session).getStatus()).isEqualTo(200);

        AccountSummary account = account(admin);
        assertThat(send(post("/admin/users/{id}/grants/remove", account.id()).with(csrf()).with(fixtures.as(other))
                .param("role", "COUNTY_ADMIN").param("version", String.valueOf(account.version())), null)
                .getStatus()).isEqualTo(302);

        assertThat(send(get("/admin/users"), session).getStatus()).isEqualTo(403);
        assertThat(send(get("/admin/users/new"), session).getStatus()).isEqualTo(403);
        assertThat(send(get("/admin/users/scopes").header("HX-Request", "true").param("role", "STAFF"), session)
                .getStatus()).isEqualTo(403);
        String created = "ny.lansadmin" + System.nanoTime();
        MockHttpServletResponse create = send(newCountyAdmin(created), session);
        assertThat(create.getStatus()).isEqualTo(403);
        assertThat(create.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(created);
        assertThat(accounts.exists(created)).isFalse();
        assertThat(send(get("/centres"), session).getStatus()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aDisabledCountyAdministratorIsSignedOutAtTheNextRequest() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        String other = fixtures.account(Grant.countyAdmin());
        Cookie page = signIn(admin);
        Cookie form = signIn(admin);
        Cookie htmx = signIn(admin);
        Cookie api = signIn(admin);
        assertThat(send(get("/admin/users"), page).getStatus()).isEqualTo(200);

        AccountSummary account = account(admin);
        assertThat(send(post("/admin/users/{id}", account.id()).with(csrf()).with(fixtures.as(other))
                .param("displayName", "Spärrad").param("version", String.valueOf(account.version())), null)
                .getStatus()).isEqualTo(302);
        assertThat(account(admin).enabled()).isFalse();

        MockHttpServletResponse pageResponse = send(get("/admin/users"), page);
        assertThat(pageResponse.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(pageResponse.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(other);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :id")
                .param("id", new String(Base64.getDecoder().decode(page.getValue()), StandardCharsets.US_ASCII))
                .query(Long.class).single()).as("the session is ended").isZero();

        String created = "ny.lansadmin" + System.nanoTime();
        assertThat(send(newCountyAdmin(created), form).getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(accounts.exists(created)).isFalse();

        MockHttpServletResponse htmxResponse = send(get("/admin/users/scopes").header("HX-Request", "true")
                .param("role", "STAFF"), htmx);
        assertThat(htmxResponse.getStatus()).isEqualTo(401);
        assertThat(htmxResponse.getHeader("HX-Redirect")).isEqualTo("/login?ended");
        assertThat(htmxResponse.getContentAsString(StandardCharsets.UTF_8)).isEmpty();

        MockHttpServletResponse apiResponse = send(get("/api/v1/centres"), api);
        assertThat(apiResponse.getStatus()).isEqualTo(401);
        assertThat(apiResponse.getContentType()).startsWith("application/problem+json");
        assertThat(apiResponse.getContentAsString(StandardCharsets.UTF_8))
                .contains("Du har loggats ut eftersom ditt konto har spärrats eller tagits bort.");

        assertThat(mvc.perform(get("/login").param("ended", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("Du har loggats ut eftersom ditt konto har spärrats eller tagits bort.");
    }

    @Test
    void aCoordinatorLosesTheCentreAtTheNextRequestAndADisabledOneIsSignedOut() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String admin = fixtures.account(Grant.countyAdmin());
        Cookie session = signIn(coordinator);
        assertThat(send(get("/centres/{id}", centre.id()), session).getStatus()).isEqualTo(200);
        assertThat(send(get("/centres").header("HX-Request", "true"), session).getContentAsString(StandardCharsets.UTF_8))
                .contains(centre.name());

        AccountSummary account = account(coordinator);
        send(post("/admin/users/{id}/grants/remove", account.id()).with(csrf()).with(fixtures.as(admin))
                .param("role", "COORDINATOR").param("scopeId", String.valueOf(centre.id()))
                .param("version", String.valueOf(account.version())), null);

        assertThat(send(get("/centres/{id}", centre.id()), session).getStatus()).isEqualTo(403);
        MockHttpServletResponse list = send(get("/centres").header("HX-Request", "true"), session);
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(centre.name());

        account = account(coordinator);
        send(post("/admin/users/{id}", account.id()).with(csrf()).with(fixtures.as(admin))
                .param("displayName", "Spärrad").param("version", String.valueOf(account.version())), null);
        assertThat(send(get("/centres/{id}", centre.id()), session).getRedirectedUrl()).isEqualTo("/login?ended");
    }

    private Cookie signIn(String username) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf())
                        .param("username", username).param("password", Fixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(send(get("/centres"), session).getStatus()).as("signed in").isEqualTo(200);
        return session;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
        return mvc.perform(session == null ? request : request.cookie(session)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder newCountyAdmin(String username) {
        return post("/admin/users").with(csrf()).param("username", username).param("displayName", "Ny Länsadmin")
                .param("password", "ett-helt-nytt-losenord").param("role", "COUNTY_ADMIN");
    }

    private AccountSummary account(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}

package se.samverka.identity;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.samverka.support.TestClock;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through an OIDC provider (an in-process mock-oauth2-server standing in for Inera's or a
 * municipality's IdP), over real HTTP with redirects and cookies as a browser does it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class OidcSignInTest {

    static final String ISSUER = "idp";
    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start(0);
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.idp.";
        properties.add(registration + "client-id", () -> "samverka");
        properties.add(registration + "client-secret", () -> "hemligt");
        properties.add(registration + "client-name", () -> "Testleverantören");
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.idp.issuer-uri",
                () -> provider.issuerUrl(ISSUER).toString());
    }

    @AfterAll
    static void stop() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserWithAnAccountSignsInWithTheProviderAndGetsTheirSamverkaRoles() throws Exception {
        String username = "oidc-" + System.nanoTime();
        accounts.create(username, "Olle Oidc", null, null, Set.of(Grant.countyAdmin()));
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-1", "JWT", List.of("samverka"),
                Map.of("preferred_username", username)));

        HttpClient browser = browser();
        assertThat(get(browser, "/login").body()).contains("Logga in med Testleverantören");
        HttpResponse<String> landing = get(browser, "/oauth2/authorization/idp");

        assertThat(landing.uri().getPath()).as("a county administrator starts on the county's overview").isEqualTo("/lan");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).as("the person's name, not the username").contains("Inloggad som Olle Oidc")
                .doesNotContain("Inloggad som " + username);
        assertThat(get(browser, "/admin/users").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :username")
                .param("username", username).query(Long.class).single())
                .as("the OIDC sign-in, serialised into the session in PostgreSQL and read back").isOne();
    }

    @Test
    void aUserWithoutAnAccountIsToldSoAndStaysSignedOut() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-2", "JWT", List.of("samverka"),
                Map.of("preferred_username", "finns-inte-" + System.nanoTime())));

        HttpClient browser = browser();
        HttpResponse<String> landing = get(browser, "/oauth2/authorization/idp");

        assertThat(landing.uri().getPath()).isEqualTo("/login");
        assertThat(landing.uri().getQuery()).isEqualTo("oidcError");
        assertThat(landing.body()).contains("det finns inget aktivt konto i Samverka för dig");
        assertThat(get(browser, "/centres").uri().getPath()).isEqualTo("/login");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

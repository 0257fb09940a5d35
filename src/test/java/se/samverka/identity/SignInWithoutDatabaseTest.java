package se.samverka.identity;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverka.SamverkaApplication;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With its database stopped, a sign-in says that Samverka cannot reach the database, not that the password is
 * wrong: the form is answered by the 503 page (the session, with its CSRF token, is in the database too), and HTTP
 * Basic, which needs no session, by 503 from the password check. A private application on a database of its own,
 * which the test stops.
 */
class SignInWithoutDatabaseTest {

    private static final String ADMIN = "forsta.lansadmin";
    private static final String PASSWORD = "ett-langt-losenord-for-start";

    @Test
    void aSignInWhileTheDatabaseIsDownSaysSo() throws Exception {
        EmbeddedPostgres database = EmbeddedPostgres.builder().start();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkaApplication.class)
                .properties("spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres", "spring.datasource.hikari.connection-timeout=1000",
                        "samverka.demo=false", "server.port=0", "logging.level.io.zonky=WARN",
                        "samverka.identity.bootstrap-admin.username=" + ADMIN,
                        "samverka.identity.bootstrap-admin.password=" + PASSWORD)
                .run()) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertThat(basic(browser, base, PASSWORD).statusCode()).as("the bootstrap admin signs in").isEqualTo(200);
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
            assertThat(csrf.find()).isTrue();

            database.close();
            app.getBean(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

            long started = System.nanoTime();
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + PASSWORD
                            + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            // the session, with its CSRF token, is in the database too: the form is answered by the 503 page
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body()).contains("Samverka kan inte nå databasen just nu")
                    .doesNotContain("Fel användarnamn eller lösenord");

            HttpResponse<String> api = basic(HttpClient.newHttpClient(), base, PASSWORD);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(api.body()).contains("Samverka kan inte nå databasen just nu.");
        } finally {
            database.close();
        }
    }

    private static HttpResponse<String> basic(HttpClient client, String base, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/centres"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.samverka.identity.Grant;
import se.samverka.support.Fixtures;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database stopped or frozen, pages and the API answer 503 within 5 s with the Swedish explanation,
 * readiness is DOWN, and everything works again by itself when the database is back. Its own application and
 * database (the property below keeps it out of the shared test context), closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samverka.test-context=database-trouble")
@ActiveProfiles("test")
@Import(Fixtures.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseTroubleTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final String UNREACHABLE = "Samverka kan inte nå databasen just nu";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EmbeddedPostgres postgres;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private PostgresServer server;
    private String username;

    @BeforeEach
    void signIn() throws Exception {
        server = new PostgresServer(Path.of(JdbcClient.create(postgres.getPostgresDatabase())
                .sql("show data_directory").query(String.class).single()));
        username = fixtures.account(Grant.countyAdmin());
        HttpResponse<String> login = send(get("/login"));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + Fixtures.PASSWORD + "&_csrf=" + csrf.group(1);
        send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertWorking();
    }

    @Test
    void aStoppedDatabaseIsExplainedAndForgottenWhenItIsBack() throws Exception {
        server.stop();
        try {
            assertUnavailable("stopped");
        } finally {
            server.start();
        }
        awaitRecovery();
    }

    @Test
    void aFrozenDatabaseIsExplainedAndForgottenWhenItThaws() throws Exception {
        server.freeze();
        try {
            assertUnavailable("frozen");
        } finally {
            server.thaw();
        }
        awaitRecovery();
    }

    private void assertUnavailable(String state) throws Exception {
        HttpResponse<String> page = timed(state + " page", get("/centres"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains(UNREACHABLE).contains("<h1").doesNotContain("Exception");

        HttpResponse<String> htmx = timed(state + " htmx", get("/centres").header("HX-Request", "true"));
        assertThat(htmx.statusCode()).isEqualTo(503);
        assertThat(htmx.body()).contains(UNREACHABLE);

        HttpResponse<String> api = timed(state + " API", basic(get("/api/v1/centres")));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.body()).contains("\"status\":503").contains(UNREACHABLE).contains("Databasen svarar inte");

        HttpResponse<String> calendar = timed(state + " public calendar feed", get("/kalender/" + "a".repeat(43) + ".ics"));
        assertThat(calendar.statusCode()).isEqualTo(503);

        HttpResponse<String> readiness = timed(state + " readiness", get("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        assertThat(send(get("/actuator/health/liveness")).statusCode()).as("liveness stays up").isEqualTo(200);
    }

    private void awaitRecovery() throws Exception {
        long started = System.nanoTime();
        while (send(basic(get("/api/v1/centres"))).statusCode() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("recovery").isLessThan(Duration.ofSeconds(30));
            Thread.sleep(200);
        }
        System.out.printf("database trouble: API answered 200 again %d ms after the database was back%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertWorking();
    }

    private void assertWorking() throws Exception {
        assertThat(send(get("/centres")).statusCode()).isEqualTo(200);
        assertThat(send(basic(get("/api/v1/centres"))).statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = send(get("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> timed(String what, HttpRequest.Builder request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = send(request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("database trouble: %s answered %d in %d ms%n", what, response.statusCode(), took.toMillis());
        assertThat(took).as(what).isLessThan(LIMIT);
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder basic(HttpRequest.Builder request) {
        String credentials = username + ":" + Fixtures.PASSWORD;
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

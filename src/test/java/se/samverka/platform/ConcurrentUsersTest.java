package se.samverka.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.SignedAgreements;
import se.samverka.support.StatementCounter;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Many more signed-in requests at once than the pool has connections, on the real server with virtual threads as in
 * production: every request must be answered, and none may have waited in vain for a connection. A request that
 * needs a second connection while it holds one (an aggregate's collections read outside a transaction) makes the
 * requests wait for each other until the pool gives up.
 */
@IntegrationTest
class ConcurrentUsersTest {

    private static final int REQUESTS = 64;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Clock clock;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** API calls carry no session, so that each signs in with HTTP Basic. */
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void sixtyFourSignedInRequestsAtOnceAreAllAnsweredWithoutWaitingForTheirConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).as("the pool the production configuration sets").isEqualTo(10);
        Fixtures.Centre centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        LocalDate today = LocalDate.now(clock);
        SignedAgreements.sign(mvc, jdbc, fixtures, centre.id(), fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES),
                today.withDayOfYear(1), today.plusYears(1));
        String username = fixtures.account(Grant.countyAdmin());
        signIn(username);
        // an API client signs in with every request; more than five at once for one account are refused (429), as
        // brute-force guessing would be, so the API's requests come from four integrations
        List<String> integrations = List.of(fixtures.account(Grant.countyAdmin()), fixtures.account(Grant.countyAdmin()),
                fixtures.account(Grant.countyAdmin()), fixtures.account(Grant.countyAdmin()));
        String feed = calendarFeed();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; requests.size() < REQUESTS; i++) {
            requests.add(switch (i % 5) {
                case 0 -> get("/centres").build();
                case 1 -> get("/att-gora").build();
                case 2 -> get("/centres/" + centre.id()).build();
                case 3 -> basic(get("/api/v1/centres"), integrations.get(i % integrations.size())).build();
                default -> get(feed).build();
            });
        }
        double timeoutsBefore = connectionTimeouts(pool);

        Map<String, Integer> answers = new TreeMap<>();
        int mostHeld = StatementCounter.mostConnectionsHeldByOneThread(() -> {
            CountDownLatch start = new CountDownLatch(1);
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<String>> results = new ArrayList<>();
                for (HttpRequest request : requests) {
                    results.add(threads.submit(() -> {
                        start.await();
                        HttpResponse<String> response = (request.headers().firstValue("Authorization").isPresent() ? api : client)
                                .send(request, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() + " " + request.uri().getPath()
                                .replaceAll("/kalender/.*", "/kalender/…").replaceAll("\\d+", "{id}");
                    }));
                }
                start.countDown();
                for (Future<String> result : results) {
                    answers.merge(result.get(), 1, Integer::sum);
                }
            }
        });
        double timeouts = connectionTimeouts(pool) - timeoutsBefore;
        System.out.printf("%d concurrent requests: %s; requests that waited for a connection until the pool gave up: %.0f; "
                + "most connections one thread held at once: %d%n", REQUESTS, answers, timeouts, mostHeld);

        assertThat(answers.keySet()).as("every request answered 200").allMatch(answer -> answer.startsWith("200 "));
        assertThat(timeouts).as("requests that waited for a connection until the pool gave up").isZero();
        assertThat(mostHeld).as("connections one request held at once (a second one taken while holding one can "
                + "leave every request waiting for another's)").isEqualTo(1);
    }

    /** Hikari's count of connection requests that timed out, from the pool's Micrometer metrics. */
    private double connectionTimeouts(HikariDataSource pool) {
        return meters.get("hikaricp.connections.timeout").tag("pool", pool.getPoolName()).counter().count();
    }

    private void signIn(String username) throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(send(get("/login")).body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + Fixtures.PASSWORD
                        + "&_csrf=" + csrf.group(1))));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(send(get("/centres")).statusCode()).isEqualTo(200);
    }

    /** The signed-in user's new subscription link, as the calendar page shows it. */
    private String calendarFeed() throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(send(get("/kalender")).body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/kalender/link"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))));
        Matcher link = Pattern.compile("/kalender/[A-Za-z0-9_-]{43}\\.ics").matcher(page.body());
        assertThat(link.find()).as("the new link on the calendar page").isTrue();
        String feed = link.group();
        assertThat(send(get(feed)).statusCode()).isEqualTo(200);
        return feed;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String username) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

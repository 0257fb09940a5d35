package se.samverka.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Prometheus metrics (requests, the connection pool, the JVM, the request queue) for the scraper's credential from
 * application-test.properties, on the real server; nobody else sees them, not even the county's administrator.
 */
@IntegrationTest
class MetricsEndpointTest {

    private static final String SCRAPER = "prometheus:ett-langt-skrapningslosenord";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theScraperGetsRequestsPoolAndJvmInPrometheusTextFormat() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/prova"))).statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", basic(SCRAPER)));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/prova\"")
                .contains("hikaricp_connections_active{pool=\"samverka\"")
                .contains("hikaricp_connections_pending{pool=\"samverka\"")
                .contains("hikaricp_connections_timeout_total{pool=\"samverka\"")
                .contains("jvm_memory_used_bytes{")
                .contains("samverka_requests_waiting ")
                .contains("samverka_requests_active ");
    }

    @Test
    void nobodyElseSeesThem() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/actuator/prometheus")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("hikaricp");

        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", basic("prometheus:ett-langt-skrapningslosenorD")));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);

        HttpResponse<String> samverkaAccount = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", basic(fixtures.account(Grant.countyAdmin()) + ":" + Fixtures.PASSWORD)));
        assertThat(samverkaAccount.statusCode()).as("a Samverka account is not the scraper").isEqualTo(401);

        mvc.perform(get("/actuator/prometheus").with(fixtures.as(fixtures.account(Grant.countyAdmin()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(fixtures.as(fixtures.account(Grant.countyAdmin()))))
                .andExpect(status().isNotFound());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

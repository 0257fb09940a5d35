package se.samverka.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.samverka.platform.Texts;
import se.samverka.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that does not get its turn in time is told so in Swedish, with Retry-After; the turn is given back. */
@IntegrationTest
class RequestLimitTest {

    @Autowired
    Texts texts;
    @Autowired
    JsonMapper json;

    @Test
    void aRequestWithoutATurnInTimeIsAnswered503InSwedishAndTheTurnComesBack() throws Exception {
        var limit = new RequestLimit(1, Duration.ofMillis(50), texts, json);
        AtomicReference<MockHttpServletResponse> page = new AtomicReference<>();
        AtomicReference<MockHttpServletResponse> api = new AtomicReference<>();
        MockHttpServletResponse holder = new MockHttpServletResponse();
        limit.doFilter(new MockHttpServletRequest("GET", "/centres"), holder, (request, response) -> {
            page.set(send(limit, "/centres"));
            api.set(send(limit, "/api/v1/centres"));
        });

        assertThat(holder.getStatus()).isEqualTo(200);
        assertThat(page.get().getStatus()).isEqualTo(503);
        assertThat(page.get().getHeader("Retry-After")).isEqualTo("5");
        assertThat(page.get().getContentType()).startsWith("text/html");
        assertThat(page.get().getContentAsString()).contains("<html lang=\"sv\">")
                .contains("<h1>Samverka har många förfrågningar just nu</h1>");
        assertThat(api.get().getStatus()).isEqualTo(503);
        assertThat(api.get().getContentType()).startsWith("application/problem+json");
        assertThat(api.get().getContentAsString()).contains("\"status\":503").contains("Vänta några sekunder");

        assertThat(send(limit, "/centres").getStatus()).as("the turn given back").isEqualTo(200);
        MockHttpServletResponse css = new MockHttpServletResponse();
        limit.doFilter(new MockHttpServletRequest("GET", "/css/samverka.css"), css,
                (request, response) -> assertThat(send(limit, "/css/samverka.css").getStatus()).isEqualTo(200));
    }

    private static MockHttpServletResponse send(RequestLimit limit, String path) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            limit.doFilter(new MockHttpServletRequest("GET", path), response, (request, answer) -> { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}

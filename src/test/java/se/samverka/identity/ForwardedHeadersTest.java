package se.samverka.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverka.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy on the same host (X-Forwarded-Proto from loopback), on the real embedded server:
 * the session cookie is Secure and HSTS is sent; over plain HTTP without the header, neither.
 */
@IntegrationTest
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> response = login(true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("; Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=");
    }

    @Test
    void overPlainHttpNeither() throws Exception {
        HttpResponse<String> response = login(false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").doesNotContainIgnoringCase("secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> login(boolean proxied) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (proxied) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package se.samverka.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Optional;

/**
 * The address at which users reach Samverka ({@code samverka.base-url}, {@code SAMVERKA_BASE_URL}), for links that
 * leave the browser: calendar feeds, subscription links and e-mail. Without it a link is made from the request's own
 * address, which a client can choose (its Host header), and an e-mail's from this machine's port on localhost, so
 * start-up warns when it is missing in production: on a configured database ({@code spring.datasource.url}) without
 * the demo profile.
 */
@Component
public class PublicBaseUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicBaseUrl.class);

    private final Optional<String> configured;
    private final String local;

    PublicBaseUrl(@Value("${samverka.base-url:}") String configured, @Value("${server.port:8080}") int port) {
        String trimmed = configured.strip().replaceAll("/+$", "");
        this.configured = trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
        this.local = "http://localhost:" + (port > 0 ? port : 8080);
    }

    /** The configured address for what is made without a request (e-mail), or else this machine's own. */
    public String withoutRequest() {
        return configured.orElse(local);
    }

    /** The configured address, or else the one the request was made to; without a trailing slash. */
    public String of(HttpServletRequest request) {
        return configured.orElseGet(() -> ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                .replaceAll("/+$", ""));
    }

    public Optional<String> configured() {
        return configured;
    }

    static boolean production(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url != null && !url.isBlank() && !environment.acceptsProfiles(Profiles.of("demo"));
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenMissing(ApplicationReadyEvent ready) {
        if (configured.isEmpty() && production(ready.getApplicationContext().getEnvironment())) {
            log.warn("samverka.base-url (SAMVERKA_BASE_URL) är inte satt: länkarna i kalenderflöden görs av adressen "
                    + "som varje förfrågan kom till och länkarna i e-post går till localhost. Sätt den till Samverkas publika adress, t.ex. "
                    + "https://samverka.example.se.");
        }
    }
}

package se.samverka.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The credential a metrics scraper (Prometheus) gives with HTTP Basic for {@code /actuator/prometheus}. It is not a
 * Samverka account and opens nothing else. Without it the endpoint answers 404.
 *
 * @param username the scraper's username
 * @param password at least {@value #MIN_PASSWORD} characters: the sign-in throttle does not guard it
 */
@ConfigurationProperties("samverka.metrics")
record MetricsProperties(String username, String password) {

    static final int MIN_PASSWORD = 20;

    MetricsProperties {
        if (username != null && !username.isBlank() && (password == null || password.length() < MIN_PASSWORD)) {
            throw new IllegalArgumentException("samverka.metrics.password måste ha minst " + MIN_PASSWORD
                    + " tecken när samverka.metrics.username är satt.");
        }
    }

    boolean configured() {
        return username != null && !username.isBlank();
    }
}

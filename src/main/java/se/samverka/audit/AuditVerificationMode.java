package se.samverka.audit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * With {@code --verify-audit-log} Samverka opens no HTTP port ({@code server.port=-1}: the application context is
 * built as usual, so every bean is there, but nothing is served) and prints no banner or informational logging, so
 * that what it prints is the verification's outcome ({@link AuditVerificationCommand}).
 */
class AuditVerificationMode implements EnvironmentPostProcessor, Ordered {

    static final String OPTION = "verify-audit-log";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(OPTION)) {
            environment.getPropertySources().addFirst(new MapPropertySource("auditVerification", Map.of(
                    "server.port", "-1",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "WARN")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

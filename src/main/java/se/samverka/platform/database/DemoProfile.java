package se.samverka.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Turns on the {@code demo} profile when Samverka runs on its embedded database, unless
 * {@code samverka.demo=false}; with a database URL it stays off unless {@code samverka.demo=true}.
 */
class DemoProfile implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        boolean embedded = url == null || url.isBlank();
        if (environment.getProperty("samverka.demo", Boolean.class, embedded)
                && !environment.acceptsProfiles(Profiles.of(DEMO))) {
            environment.addActiveProfile(DEMO);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

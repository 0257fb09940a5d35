package se.samverka.directory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import java.time.Clock;

/**
 * The directory's pages carry an ETag, so a proxy or a browser asks again cheaply (304 Not Modified), and are kept as
 * rendered between changes ({@link PublicPageCache}), which runs after the security filters (their headers are
 * written on every response) and before the ETag is computed.
 */
@Configuration
class DirectoryConfiguration {

    static final String[] PAGES = {"/hitta", "/hitta/*", "/en/hitta", "/en/hitta/*"};

    @Bean
    FilterRegistrationBean<PublicPageCache> directoryPageCache(JdbcClient jdbc, Clock clock) {
        var registration = new FilterRegistrationBean<>(new PublicPageCache(jdbc, clock));
        registration.addUrlPatterns(PAGES);
        registration.setName("directoryPageCache");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> directoryEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(PAGES);
        registration.setName("directoryEtags");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}

package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import se.samverka.platform.PublicLanguages;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * The directory's pages, in every language, carry an ETag, so a proxy or a browser asks again cheaply (304 Not
 * Modified), and are kept as rendered between changes ({@link PublicPageCache}), which runs after the security
 * filters (their headers are written on every response) and before the ETag is computed. The open data and the
 * sitemap carry an ETag too.
 */
@Configuration
class DirectoryConfiguration {

    /** The directory's pages without their language's prefix; every page below them too. */
    static final List<String> PAGES = List.of("/hitta", "/tillganglighet");

    @Bean
    FilterRegistrationBean<PublicPageCache> directoryPageCache(JdbcClient jdbc, Clock clock,
                                                               PublicLanguages languages) {
        var registration = new FilterRegistrationBean<>(new PublicPageCache(jdbc, clock, directoryPage(languages)));
        registration.setName("directoryPageCache");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> directoryEtags(PublicLanguages languages) {
        Predicate<HttpServletRequest> page = directoryPage(languages).or(DirectoryConfiguration::openData);
        var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !page.test(request);
            }
        });
        registration.setName("directoryEtags");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** The open data and the sitemap: an ETag, but not kept as rendered (their headers vary with CORS). */
    private static boolean openData(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(HsdsApi.BASE + "/") || path.equals("/sitemap.xml");
    }

    private static Predicate<HttpServletRequest> directoryPage(PublicLanguages languages) {
        return request -> languages.isPublic(request.getRequestURI().substring(request.getContextPath().length()),
                PAGES);
    }
}

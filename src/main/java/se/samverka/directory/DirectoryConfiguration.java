package se.samverka.directory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** The directory's pages carry an ETag, so a proxy or a browser asks again cheaply (304 Not Modified). */
@Configuration
class DirectoryConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> directoryEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/hitta", "/hitta/*", "/tillganglighet", "/en/hitta", "/en/hitta/*",
                "/en/tillganglighet");
        registration.setName("directoryEtags");
        return registration;
    }
}

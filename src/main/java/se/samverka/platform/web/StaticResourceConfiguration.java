package se.samverka.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.CachingResourceTransformer;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import se.samverka.platform.StaticResources;

import jakarta.servlet.DispatcherType;

/**
 * Serves {@link StaticResources} under URLs with the file's content hash ({@code samverka-<md5>.css}), which pages
 * link to ({@link StaticResourceLinks}) and browsers keep for a year ({@link StaticResourceCaching}); the CSS's own
 * {@code url(…)} references get their hash too (Spring's CssLinkResourceTransformer, added with the version
 * resolver). Spring Boot's own mappings are off ({@code spring.web.resources.add-mappings=false}): they would look
 * every path up as a possible file.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

    static final ContentVersionStrategy CONTENT_HASH = new ContentVersionStrategy();

    private final ObjectProvider<ResourceUrlProvider> urls;

    StaticResourceConfiguration(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String pattern : StaticResources.PATTERNS) {
            // Caches only what was found under the requested path, so URLs with made-up hashes fill no cache.
            Cache cache = new ConcurrentMapCache("static-resources " + pattern);
            registry.addResourceHandler(pattern)
                    .addResourceLocations(location(pattern))
                    .resourceChain(false)
                    .addResolver(new EarlierVersionResolver())
                    .addResolver(new CachingResourceResolver(cache))
                    .addResolver(new VersionResourceResolver().addVersionStrategy(CONTENT_HASH, "/**"))
                    .addTransformer(new CachingResourceTransformer(cache));
        }
    }

    private static String location(String pattern) {
        String folder = pattern.substring(1, pattern.length() - "**".length());
        return folder.equals("webjars/") ? "classpath:/META-INF/resources/webjars/" : "classpath:/static/" + folder;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StaticResourceCaching(urls)).addPathPatterns(StaticResources.PATTERNS);
    }

    /** After Spring Security's filters, whose response wrapper would otherwise hide the page's links from it. */
    @Bean
    FilterRegistrationBean<StaticResourceLinks> staticResourceLinks(ResourceUrlProvider resourceUrls) {
        var registration = new FilterRegistrationBean<>(new StaticResourceLinks(resourceUrls));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}

package se.samverka.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.time.Duration;

/**
 * The URL a page links a static file by (with its current content hash) is kept for a year and never revalidated:
 * a changed file gets another URL. Any other URL of a static file (without a hash, or with another build's) is
 * revalidated on every use, so nothing stale is kept under it.
 */
class StaticResourceCaching implements HandlerInterceptor {

    static final String A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();
    static final String REVALIDATE = CacheControl.noCache().getHeaderValue();

    private final ObjectProvider<ResourceUrlProvider> urls;

    StaticResourceCaching(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader(HttpHeaders.CACHE_CONTROL, current(path) ? A_YEAR : REVALIDATE);
        return true;
    }

    private boolean current(String path) {
        String version = StaticResourceConfiguration.CONTENT_HASH.extractVersion(path);
        return version != null && path.equals(urls.getObject()
                .getForLookupPath(StaticResourceConfiguration.CONTENT_HASH.removeVersion(path, version)));
    }
}

package se.samverka.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import se.samverka.platform.StaticResources;

import java.io.IOException;

/**
 * Gives a page's links to static files ({@code @{/css/samverka.css}}) their content-hash URL, as Spring's
 * ResourceUrlEncodingFilter does, but looks up only links under the static paths: links to pages
 * ({@code /centres/12}) are left as they are, without a search for a file of that name.
 */
class StaticResourceLinks extends OncePerRequestFilter {

    private final ResourceUrlProvider urls;

    StaticResourceLinks(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(versioned(request.getContextPath(), url));
            }
        });
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    String versioned(String contextPath, String url) {
        if (!url.startsWith(contextPath)) {
            return url;
        }
        int end = url.length();
        for (char delimiter : new char[]{'?', '#'}) {
            int at = url.indexOf(delimiter);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = url.substring(contextPath.length(), end);
        if (!StaticResources.isStatic(path)) {
            return url;
        }
        String resolved = urls.getForLookupPath(path);
        return resolved == null ? url : contextPath + resolved + url.substring(end);
    }
}

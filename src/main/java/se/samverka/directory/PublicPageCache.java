package se.samverka.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Keeps the public directory's pages as rendered, by address, so that a page is made once per change of what it shows
 * and once a minute (a page says whether a centre is open now). What the directory shows changes only with the
 * registry, the published pages and activities, and each change raises one count in the database
 * ({@code public_version}); a page is kept under the count it was made from, and each request asks for the count
 * only, so a change is seen at once on every instance. Anonymous pages are the same for everybody: no session, no
 * cookie, nothing personal. At most {@link #MAX_BYTES} are kept; when full, it starts over.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final int MAX_BYTES = 32 * 1024 * 1024;
    /** A page larger than this (a long search result) is made for each request instead. */
    static final int MAX_PAGE = 256 * 1024;

    /** A page as it was sent, and what it was made from. */
    private record Kept(long version, long minute, byte[] body, String contentType, String contentLanguage,
                        String cacheControl, String etag) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Predicate<HttpServletRequest> directoryPage;
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    PublicPageCache(JdbcClient jdbc, Clock clock, Predicate<HttpServletRequest> directoryPage) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directoryPage = directoryPage;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !directoryPage.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long version = jdbc.sql("select value from public_version").query(Long.class).single();
        long minute = clock.millis() / 60_000;
        Kept kept = pages.get(key);
        if (kept != null && kept.version() == version && kept.minute() == minute) {
            send(kept, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentSize() <= MAX_PAGE
                && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
            keep(key, new Kept(version, minute, wrapper.getContentAsByteArray(), wrapper.getContentType(),
                    wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE), wrapper.getHeader(HttpHeaders.CACHE_CONTROL),
                    wrapper.getHeader(HttpHeaders.ETAG)));
        }
        wrapper.copyBodyToResponse();
    }

    private void keep(String key, Kept page) {
        if (bytes.addAndGet(page.body().length) > MAX_BYTES) {
            pages.clear();
            bytes.set(page.body().length);
        }
        Kept replaced = pages.put(key, page);
        if (replaced != null) {
            bytes.addAndGet(-replaced.body().length);
        }
    }

    private static void send(Kept page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (page.cacheControl() != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        }
        if (page.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, page.etag());
            String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
            if (asked != null && (asked.equals(page.etag()) || asked.equals("W/" + page.etag()))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}

package se.samverka.platform.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.samverka.platform.Texts;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests Samverka works on at once. Virtual threads let every request start, and they take turns on the
 * processor only when they wait, so with many more requests than cores a request holding a database connection waits
 * behind every other's rendering and hashing before it can give the connection back, and the rest wait for
 * connections until the pool gives up. Here a request waits for its turn before it holds anything, in order of
 * arrival; one that has not had its turn within {@code samverka.web.request-wait} is answered 503 with Retry-After,
 * so overload slows Samverka down and then turns requests away instead of locking it up. Static files and the
 * actuator (probes and metrics) are not limited.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimit extends OncePerRequestFilter implements MeterBinder {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final String[] UNLIMITED = {"/css/", "/js/", "/images/", "/webjars/", "/favicon.ico", "/actuator/"};

    private final Semaphore turns;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Texts texts;
    private final JsonMapper json;
    private final int concurrency;

    RequestLimit(@Value("${samverka.web.max-concurrent-requests}") int concurrency,
                 @Value("${samverka.web.request-wait}") Duration wait, Texts texts, JsonMapper json) {
        this.concurrency = concurrency;
        this.turns = new Semaphore(concurrency, true);
        this.wait = wait;
        this.texts = texts;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String unlimited : UNLIMITED) {
            if (path.startsWith(unlimited)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        waiting.incrementAndGet();
        try {
            turn = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        } finally {
            waiting.decrementAndGet();
        }
        if (!turn) {
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = texts.message("error.busy.title");
        String detail = texts.message("error.busy");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
            problem.setTitle(title);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(ServerErrorReport.page(title, detail, texts.message("error.home")));
        }
    }

    /** {@code samverka.requests.active} and {@code samverka.requests.waiting}: the requests at work and in the queue. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("samverka.requests.active", turns, permits -> concurrency - permits.availablePermits())
                .description("Requests being worked on").register(registry);
        Gauge.builder("samverka.requests.waiting", waiting, AtomicInteger::get)
                .description("Requests waiting for their turn").register(registry);
    }
}

package se.samverka.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The application's {@link Clock} in tests, so that no test depends on the day it runs. It starts at {@link #START},
 * Wednesday 2 December 2026 at 10:00 in Stockholm, and runs on from there at the real pace, so that what a test
 * writes one thing after another is stamped in that order. On that day 2026's operational plan is this year's,
 * 2025's activity report last year's, a meeting in November has been held, and the regional agreement's second
 * period (2026–2027) is in force with its notice deadline, 2026-12-31, ahead (R4a).
 *
 * <p>A test reads today from it ({@code LocalDate.now(clock)} or {@link #today()}) rather than from the system clock,
 * also for what it types into the browser. A test moves time by autowiring the clock and calling
 * {@link #set(LocalDateTime)} with a Stockholm time, such as {@code clock.set(LocalDateTime.of(2026, 12, 31, 23, 59))}
 * and then {@code clock.set(LocalDateTime.of(2027, 1, 1, 0, 1))} to see a page on either side of the new year; the
 * clock runs on from the time set. {@link IntegrationTest} sets it back after every test method, so move it in
 * the test method itself, not in a {@code @BeforeAll}.
 */
@TestComponent
@Primary
public final class TestClock extends Clock {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, SWEDEN);

    private final Anchor started = new Anchor(START.toInstant(), System.nanoTime());
    private volatile Anchor anchor = started;

    /** This clock at {@code instant} on the machine's monotonic timer's {@code nanos}. */
    private record Anchor(Instant instant, long nanos) {
    }

    @Override
    public Instant instant() {
        Anchor at = anchor;
        return at.instant().plusNanos(System.nanoTime() - at.nanos());
    }

    @Override
    public ZoneId getZone() {
        return SWEDEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return SWEDEN.equals(zone) ? this : ((InstantSource) this::instant).withZone(zone);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    /** Moves the clock to the Stockholm time; it runs on from there. */
    public void set(LocalDateTime stockholmTime) {
        anchor = new Anchor(stockholmTime.atZone(SWEDEN).toInstant(), System.nanoTime());
    }

    /** Back on the time it would show had it never been moved: {@link #START} plus the time the tests have taken. */
    public void reset() {
        anchor = started;
    }

    /** Sets the application's test clock back after each test method, whatever the test did with it. */
    static final class ResetAfterEach implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
        }
    }
}

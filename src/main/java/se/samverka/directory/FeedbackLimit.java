package se.samverka.directory;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much feedback one address may send: {@value #PER_WINDOW} items an hour, counted in memory per instance. It keeps
 * a script from filling the county's list; a person reporting problems never comes near it.
 */
@Component
class FeedbackLimit {

    static final int PER_WINDOW = 20;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Addresses remembered at most; beyond it, ended windows are forgotten first. */
    private static final int REMEMBERED = 10_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    FeedbackLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts one item from {@code address}; false when the address has sent its share of this window already. */
    boolean take(String address) {
        Instant now = clock.instant();
        if (windows.size() >= REMEMBERED) {
            windows.values().removeIf(w -> ended(w, now));
            if (windows.size() >= REMEMBERED) {
                windows.clear();
            }
        }
        Window window = windows.compute(address, (key, w) -> w == null || ended(w, now) ? new Window(now, 1)
                : new Window(w.start(), Math.min(w.count() + 1, PER_WINDOW + 1)));
        return window.count() <= PER_WINDOW;
    }

    private static boolean ended(Window window, Instant now) {
        return !now.isBefore(window.start().plus(WINDOW));
    }
}

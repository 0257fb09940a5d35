package se.samverka.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a run of failed sign-ins for one key (an account's username as typed, or a source address) first slows and
 * then stops further attempts. A run is the failures that follow each other with less than {@code window} between
 * them; it ends after {@code window} without a failure, and so also when a refusal has been served (the refusal lasts
 * {@code window}). From the {@code slowFrom}-th failure of a run the next attempt must wait {@code firstWait},
 * doubling with each further failure; the {@code refuseFrom}-th failure refuses the key for {@code window}.
 * An attempt made while the key must wait is refused and does not count, so waiting never extends itself.
 *
 * @param slowFrom   the failure after which attempts start to wait
 * @param refuseFrom the failure after which the key is refused for {@code window}
 * @param firstWait  the wait after the {@code slowFrom}-th failure
 * @param window     how long a run lasts without a new failure, and how long a refusal lasts
 */
record ThrottlePolicy(int slowFrom, int refuseFrom, Duration firstWait, Duration window) {

    /** An account: 4 free failures, then waits of 5, 10, 20, 40 and 80 s, then 15 minutes' refusal. */
    static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, 10, Duration.ofSeconds(5), Duration.ofMinutes(15));

    /**
     * A source address, which may be a whole municipality's offices behind one NAT: 19 free failures, then waits
     * of 1 s doubling up to 512 s, then 15 minutes' refusal at the 30th failure.
     */
    static final ThrottlePolicy ADDRESS = new ThrottlePolicy(20, 30, Duration.ofSeconds(1), Duration.ofMinutes(15));

    /** Where a key's run stands: its failures, the last one's time, and until when the next attempt must wait. */
    record State(int failures, Instant lastFailureAt, Instant blockedUntil) {
    }

    ThrottlePolicy {
        if (slowFrom < 1 || refuseFrom < slowFrom || firstWait.isNegative() || !window.isPositive()) {
            throw new IllegalArgumentException("Orimlig spärr: " + slowFrom + ", " + refuseFrom + ", " + firstWait + ", " + window);
        }
    }

    /** How long a key must wait, at {@code now}, before its next attempt; empty when it may try. */
    Optional<Duration> wait(State state, Instant now) {
        if (state.blockedUntil() == null || !now.isBefore(state.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.blockedUntil()));
    }

    /** The state after one more failure at {@code now} (an attempt the key may make). */
    State failed(State state, Instant now) {
        int failures = runGoesOn(state, now) ? state.failures() + 1 : 1;
        Duration wait = waitAfter(failures);
        return new State(failures, now, wait.isZero() ? null : now.plus(wait));
    }

    /** The state when an attempt counted by {@link #failed} succeeded after all: that failure taken back. */
    State undone(State state) {
        int failures = Math.max(state.failures() - 1, 0);
        Duration wait = waitAfter(failures);
        return new State(failures, state.lastFailureAt(),
                wait.isZero() || state.lastFailureAt() == null ? null : state.lastFailureAt().plus(wait));
    }

    /** How long the attempt after a run's {@code failures}-th failure must wait. */
    Duration waitAfter(int failures) {
        if (failures < slowFrom) {
            return Duration.ZERO;
        }
        if (failures >= refuseFrom) {
            return window;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(failures - slowFrom, 40));
        return wait.compareTo(window) > 0 ? window : wait;
    }

    private boolean runGoesOn(State state, Instant now) {
        return state.lastFailureAt() != null && now.isBefore(state.lastFailureAt().plus(window));
    }
}

package se.samverka.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The thresholds of sign-in throttling, with time given by the test. */
class ThrottlePolicyTest {

    private static final Instant START = Instant.parse("2026-02-28T23:59:50Z");
    private static final ThrottlePolicy.State NONE = new ThrottlePolicy.State(0, null, null);

    @Test
    void anAccountGetsFourFreeFailuresThenWaitsOfFiveToEightySecondsThenFifteenMinutes() {
        List<Duration> waits = new ArrayList<>();
        ThrottlePolicy.State state = NONE;
        Instant now = START;
        for (int failure = 1; failure <= 10; failure++) {
            assertThat(ThrottlePolicy.ACCOUNT.wait(state, now)).as("attempt %d may be made", failure).isEmpty();
            state = ThrottlePolicy.ACCOUNT.failed(state, now);
            Duration wait = state.blockedUntil() == null ? Duration.ZERO : Duration.between(now, state.blockedUntil());
            waits.add(wait);
            now = now.plus(wait);
        }
        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(80), Duration.ofMinutes(15));
    }

    @Test
    void anAttemptWhileWaitingIsRefusedAndDoesNotExtendTheWait() {
        ThrottlePolicy.State state = NONE;
        for (int failure = 1; failure <= 10; failure++) {
            state = ThrottlePolicy.ACCOUNT.failed(state, START);
        }
        assertThat(ThrottlePolicy.ACCOUNT.wait(state, START.plusSeconds(1))).contains(Duration.ofSeconds(899));
        assertThat(ThrottlePolicy.ACCOUNT.wait(state, START.plus(Duration.ofMinutes(15)).minusMillis(1)))
                .contains(Duration.ofMillis(1));
        assertThat(ThrottlePolicy.ACCOUNT.wait(state, START.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void aServedRefusalOrFifteenQuietMinutesStartANewRun() {
        ThrottlePolicy.State refused = NONE;
        for (int failure = 1; failure <= 10; failure++) {
            refused = ThrottlePolicy.ACCOUNT.failed(refused, START);
        }
        ThrottlePolicy.State after = ThrottlePolicy.ACCOUNT.failed(refused, START.plus(Duration.ofMinutes(15)));
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.blockedUntil()).isNull();

        ThrottlePolicy.State four = NONE;
        for (int failure = 1; failure <= 4; failure++) {
            four = ThrottlePolicy.ACCOUNT.failed(four, START);
        }
        assertThat(ThrottlePolicy.ACCOUNT.failed(four, START.plus(Duration.ofMinutes(14))).failures()).isEqualTo(5);
        assertThat(ThrottlePolicy.ACCOUNT.failed(four, START.plus(Duration.ofMinutes(15))).failures()).isEqualTo(1);
    }

    @Test
    void anAddressGetsNineteenFreeFailuresAndIsRefusedAtTheThirtieth() {
        ThrottlePolicy.State state = NONE;
        for (int failure = 1; failure <= 19; failure++) {
            state = ThrottlePolicy.ADDRESS.failed(state, START);
        }
        assertThat(state.blockedUntil()).isNull();
        state = ThrottlePolicy.ADDRESS.failed(state, START);
        assertThat(state.blockedUntil()).isEqualTo(START.plusSeconds(1));
        assertThat(ThrottlePolicy.ADDRESS.waitAfter(29)).isEqualTo(Duration.ofSeconds(512));
        assertThat(ThrottlePolicy.ADDRESS.waitAfter(30)).isEqualTo(Duration.ofMinutes(15));
        assertThat(ThrottlePolicy.ADDRESS.waitAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aFailureTakenBackLeavesTheRunAsItWasBefore() {
        ThrottlePolicy.State state = NONE;
        for (int failure = 1; failure <= 20; failure++) {
            state = ThrottlePolicy.ADDRESS.failed(state, START);
        }
        ThrottlePolicy.State undone = ThrottlePolicy.ADDRESS.undone(state);
        assertThat(undone.failures()).isEqualTo(19);
        assertThat(undone.blockedUntil()).isNull();
        assertThat(ThrottlePolicy.ADDRESS.undone(new ThrottlePolicy.State(0, START, null)).failures()).isZero();
    }
}

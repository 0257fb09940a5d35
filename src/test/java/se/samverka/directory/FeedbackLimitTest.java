package se.samverka.directory;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackLimitTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {

        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAddressSendsItsShareAnHourAndThenWaitsWhileOthersStillSend() {
        Moving clock = new Moving();
        FeedbackLimit limit = new FeedbackLimit(clock);
        for (int i = 0; i < FeedbackLimit.PER_WINDOW; i++) {
            assertThat(limit.take("192.0.2.1")).as("item %d", i + 1).isTrue();
        }
        assertThat(limit.take("192.0.2.1")).isFalse();
        assertThat(limit.take("192.0.2.2")).isTrue();
        clock.now = clock.now.plus(FeedbackLimit.WINDOW).minusSeconds(1);
        assertThat(limit.take("192.0.2.1")).isFalse();
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(limit.take("192.0.2.1")).isTrue();
    }
}

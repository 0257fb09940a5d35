package se.samverka.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import se.samverka.audit.AuditLog;
import se.samverka.support.IntegrationTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counters and the failure log in PostgreSQL, driven by a clock of the test's own: a refusal ends when its
 * time is up, however late or early in the day the test runs.
 */
@IntegrationTest
class SignInThrottleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditLog audit;

    private final Clock start = Clock.fixed(Instant.parse("2031-12-31T23:50:00Z"), ZoneOffset.UTC);

    @Test
    void aRefusedAccountMayTryAgainFifteenMinutesAfterItsTenthFailure() {
        String username = "Klocka." + System.nanoTime();
        String address = "192.0.2." + (System.nanoTime() % 200 + 1);
        for (int failure = 1; failure <= 10; failure++) {
            SignInThrottle throttle = throttle(start.instant().plus(elapsedBefore(failure)));
            assertThat(throttle.begin(username, address)).as("attempt %d", failure).isEmpty();
            throttle.failed(username, address, SignInThrottle.Reason.BAD_CREDENTIALS);
        }
        Instant tenth = start.instant().plus(elapsedBefore(10));
        assertThat(throttle(tenth.plusSeconds(60)).begin(username, address)).contains(Duration.ofMinutes(14));
        assertThat(throttle(tenth.plus(Duration.ofMinutes(15)).minusSeconds(1)).begin(username.toUpperCase(), "198.51.100.250"))
                .as("the same account in other letters, from elsewhere").contains(Duration.ofSeconds(1));
        SignInThrottle later = throttle(tenth.plus(Duration.ofMinutes(15)));
        assertThat(later.begin(username, address)).isEmpty();
        later.succeeded(username, address);
        assertThat(jdbc.sql("select count(*) from sign_in_throttle where kind = 'ACCOUNT' and key = :key")
                .param("key", username.toLowerCase()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = :key and occurred_at >= :from")
                .param("key", username.toLowerCase()).param("from", java.sql.Timestamp.from(start.instant()))
                .query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void attemptsAtOnceAreCountedOneByOneSoOnlyThoseTheRunAllowsPass() throws Exception {
        String username = "samtidigt." + System.nanoTime();
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        SignInThrottle throttle = throttle(start.instant());
        List<Optional<Duration>> waits = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<Duration>>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                attempts.add(threads.submit(() -> {
                    go.await();
                    return throttle.begin(username, address);
                }));
            }
            go.countDown();
            for (Future<Optional<Duration>> attempt : attempts) {
                waits.add(attempt.get());
            }
        }
        assertThat(waits.stream().filter(Optional::isEmpty).count())
                .as("the account's four free failures and the fifth, after which it waits").isEqualTo(5);
        assertThat(jdbc.sql("select failures from sign_in_throttle where kind = 'ADDRESS' and key = :key")
                .param("key", address).query(Integer.class).single()).as("the address counts only those let through")
                .isEqualTo(5);

        for (int i = 0; i < 5; i++) {
            throttle.succeeded(username, address);
        }
        assertThat(jdbc.sql("select failures from sign_in_throttle where kind = 'ADDRESS' and key = :key")
                .param("key", address).query(Integer.class).single()).isZero();
        assertThat(throttle.begin(username, address)).isEmpty();
    }

    @Test
    void theFailureLogIsWrittenOnce() {
        String username = "logg." + System.nanoTime();
        throttle(start.instant()).failed(username, "192.0.2.1", SignInThrottle.Reason.BAD_CREDENTIALS);
        assertThat(jdbc.sql("select occurred_at from sign_in_failure where username = :u").param("u", username)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(start.instant());

        // the application's role may only read and add; the owner's triggers are checked in DatabaseRolesTest
        assertThatThrownBy(() -> jdbc.sql("update sign_in_failure set username = 'x' where username = :u")
                .param("u", username).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from sign_in_failure where username = :u")
                .param("u", username).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate sign_in_failure").update()).rootCause()
                .hasMessageContaining("permission denied");
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = :u").param("u", username)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void usernamesAndAddressesAreKeptAsKeysFitForTheLog() {
        assertThat(SignInThrottle.account("  Anna.Andersson@Kommun.SE ")).isEqualTo("anna.andersson@kommun.se");
        assertThat(SignInThrottle.account("a\u0000b\tc")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(SignInThrottle.account("x".repeat(500))).hasSize(100);
        assertThat(SignInThrottle.account(null)).isEmpty();
        assertThat(SignInThrottle.address("192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(SignInThrottle.address("2001:DB8:aa:bb:1:2:3:4")).isEqualTo("2001:db8:aa:bb::/64");
        assertThat(SignInThrottle.address("2001:db8:aa:bb::99")).isEqualTo("2001:db8:aa:bb::/64");
        assertThat(SignInThrottle.address("::ffff:192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(SignInThrottle.address("inte-en-adress.example")).isEqualTo("inte-en-adress.example");
    }

    /** When the n-th failure comes if every attempt comes as soon as it may. */
    private static Duration elapsedBefore(int failure) {
        Duration elapsed = Duration.ZERO;
        for (int earlier = 1; earlier < failure; earlier++) {
            elapsed = elapsed.plus(ThrottlePolicy.ACCOUNT.waitAfter(earlier));
        }
        return elapsed;
    }

    private SignInThrottle throttle(Instant now) {
        return new SignInThrottle(jdbc, transactions, audit, Clock.fixed(now, ZoneId.of("Europe/Stockholm")));
    }
}

package se.samverka.identity;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The purge of failed sign-ins: what is older than the retention (90 days) goes, in batches, with the throttling's
 * ended runs; what is younger stays; and the database keeps every failure 30 days, whatever the application asks.
 */
@IntegrationTest
class SignInFailurePurgeTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInFailurePurge purge;
    @Autowired
    TestClock clock;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void failuresPastTheRetentionAndEndedRunsAreRemovedTheRestKept() {
        String username = "rensa." + System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        failures(username, now.minus(Duration.ofDays(91)), SignInFailurePurge.BATCH + 1);
        failures(username, now.minus(Duration.ofDays(89)), 1);
        failures(username, now.minus(Duration.ofHours(1)), 1);
        run("ended." + username, now.minus(Duration.ofMinutes(16)));
        run("going-on." + username, now.minus(Duration.ofMinutes(1)));

        assertThat(purge.purge()).as("more than one batch").isGreaterThan(SignInFailurePurge.BATCH);

        assertThat(jdbc.sql("select occurred_at from sign_in_failure where username = :u order by occurred_at")
                .param("u", username).query(Timestamp.class).list()).extracting(Timestamp::toInstant)
                .containsExactly(now.minus(Duration.ofDays(89)), now.minus(Duration.ofHours(1)));
        assertThat(jdbc.sql("select key from sign_in_throttle where key like :pattern")
                .param("pattern", "%." + username).query(String.class).list()).containsExactly("going-on." + username);
        assertThat(purge.purge()).as("nothing more to purge").isZero();
    }

    @Test
    void theDatabaseKeepsEveryFailureThirtyDays() {
        String username = "trettio." + System.nanoTime();
        jdbc.sql("""
                        insert into sign_in_failure (occurred_at, username, reason)
                        values (now() - interval '29 days', :u, 'BAD_CREDENTIALS'),
                               (now() - interval '31 days', :u, 'BAD_CREDENTIALS')""")
                .param("u", username).update();

        jdbc.sql("select sign_in_failure_purge('infinity', 1000000)").query(Integer.class).single();
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = :u").param("u", username)
                .query(Long.class).single()).as("asked to purge everything, it kept the younger").isOne();

        JdbcClient owner = JdbcClient.create(postgres.getDatabase("samverka_owner", "samverka"));
        assertThatThrownBy(() -> owner.sql("delete from sign_in_failure where username = :u").param("u", username)
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("update sign_in_failure set reason = 'DISABLED' where username = :u")
                .param("u", username).update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = :u").param("u", username)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aRetentionShorterThanTheDatabasesIsRefusedAtStart() {
        assertThatThrownBy(() -> new IdentityProperties("preferred_username",
                new IdentityProperties.BootstrapAdmin(null, null, "Länsadministratör"), Duration.ofDays(29)))
                .hasMessageContaining("minst 30 dagar");
    }

    private void failures(String username, Instant at, int count) {
        jdbc.sql("""
                        insert into sign_in_failure (occurred_at, username, source_address, reason)
                        select :at, :u, '192.0.2.9', 'BAD_CREDENTIALS' from generate_series(1, :count)""")
                .param("at", Timestamp.from(at)).param("u", username).param("count", count).update();
    }

    private void run(String key, Instant lastFailure) {
        jdbc.sql("""
                        insert into sign_in_throttle (kind, key, failures, last_failure_at)
                        values ('ACCOUNT', :key, 3, :at)""")
                .param("key", key).param("at", Timestamp.from(lastFailure)).update();
    }
}

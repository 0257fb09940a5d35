package se.samverka.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samverka.platform.Jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes failed sign-ins older than {@code samverka.identity.sign-in-failure-retention} from {@code sign_in_failure}
 * (the audit log keeps its LOGIN_FAILED entries) and the throttling's counters of runs that have ended, on the schedule
 * {@code samverka.identity.sign-in-failure-purge-cron}, on one instance at a time.
 */
@Component
class SignInFailurePurge {

    static final Jobs.Job JOB = new Jobs.Job("sign-in-failure-purge", Duration.ofMinutes(10), Duration.ofMinutes(1));

    /** Rows deleted in one statement, well inside the statement timeout even with the log's row trigger. */
    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(SignInFailurePurge.class);

    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final Duration retention;

    SignInFailurePurge(Jobs jobs, JdbcClient jdbc, SignInThrottle throttle, Clock clock, IdentityProperties properties) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.clock = clock;
        this.retention = properties.signInFailureRetention();
    }

    @Scheduled(cron = "${samverka.identity.sign-in-failure-purge-cron}")
    Jobs.Outcome run() {
        return jobs.runOnce(JOB, this::purge);
    }

    /** @return how many failed sign-ins were deleted */
    long purge() {
        Instant now = clock.instant();
        Timestamp before = Timestamp.from(now.minus(retention));
        long purged = 0;
        int batch;
        do {
            batch = jdbc.sql("select sign_in_failure_purge(:before, :batch)")
                    .param("before", before)
                    .param("batch", BATCH)
                    .query(Integer.class).single();
            purged += batch;
        } while (batch == BATCH);
        throttle.removeEndedRuns(now);
        if (purged > 0) {
            log.info("Tog bort {} misslyckade inloggningar äldre än {}", purged, before.toInstant());
        }
        return purged;
    }
}

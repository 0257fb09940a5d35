package se.samverka.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samverka.platform.Jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Purges the audit entries older than {@code samverka.audit.retention-years} (five, the least the database allows)
 * from the start of the hash chain, on the schedule {@code samverka.audit.purge-cron}, on one instance at a time;
 * the database notes where the chain was cut, and the verification starts there. It logs how many.
 */
@Component
class AuditPurge {

    static final Jobs.Job JOB = new Jobs.Job("audit-purge", Duration.ofMinutes(30), Duration.ofMinutes(1));
    static final int BATCH = 10_000;
    static final int LEAST_YEARS = 5;

    private static final Logger log = LoggerFactory.getLogger(AuditPurge.class);

    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int retentionYears;

    AuditPurge(Jobs jobs, JdbcClient jdbc, Clock clock, @Value("${samverka.audit.retention-years:5}") int retentionYears) {
        if (retentionYears < LEAST_YEARS || retentionYears > 100) {
            throw new IllegalArgumentException("samverka.audit.retention-years is " + LEAST_YEARS + " to 100, not "
                    + retentionYears);
        }
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    @Scheduled(cron = "${samverka.audit.purge-cron}")
    Jobs.Outcome run() {
        return jobs.runOnce(JOB, this::purge);
    }

    /** @return how many entries were purged */
    long purge() {
        ZonedDateTime before = ZonedDateTime.now(clock).minusYears(retentionYears);
        long purged = 0;
        int batch;
        do {
            batch = jdbc.sql("select audit_purge(:before, :batch)")
                    .param("before", before.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                    .param("batch", BATCH)
                    .query(Integer.class).single();
            purged += batch;
        } while (batch == BATCH);
        if (purged > 0) {
            log.info("Gallrade {} poster ur granskningsloggen, äldre än {}", purged, before.toLocalDate());
        }
        return purged;
    }
}

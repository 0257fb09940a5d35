package se.samverka.consent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samverka.platform.Jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Purges the persons of the registers with nothing in their record for the retention the county sets
 * ({@link ConsentSettings}; {@code samverka.consent.retention-years}, three, until it does), with their consents, disclosures and refusals, on the schedule
 * {@code samverka.consent.purge-cron}, on one instance at a time. It logs how many, never who.
 */
@Component
class ConsentPurge {

    static final Jobs.Job JOB = new Jobs.Job("consent-purge", Duration.ofMinutes(30), Duration.ofMinutes(1));

    /** Persons purged in one statement, well inside the statement timeout. */
    static final int BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(ConsentPurge.class);

    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConsentSettings settings;

    ConsentPurge(Jobs jobs, JdbcClient jdbc, Clock clock, ConsentSettings settings) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(cron = "${samverka.consent.purge-cron}")
    Jobs.Outcome run() {
        return jobs.runOnce(JOB, this::purge);
    }

    /** @return how many persons were purged */
    long purge() {
        LocalDate before = LocalDate.now(clock).minusYears(settings.current().retentionYears());
        long purged = 0;
        int batch;
        do {
            batch = jdbc.sql("select consent_purge(:before, :batch)")
                    .param("before", before).param("batch", BATCH)
                    .query(Integer.class).single();
            purged += batch;
        } while (batch == BATCH);
        if (purged > 0) {
            log.info("Gallrade {} personer i personregistren utan något i sin post sedan {}", purged, before);
        }
        return purged;
    }
}

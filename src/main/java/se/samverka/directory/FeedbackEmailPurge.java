package se.samverka.directory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samverka.platform.Jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;

/**
 * Clears the e-mail addresses of accessibility feedback {@value #RETENTION_YEARS} years after it came in, as the form
 * promises; the problem itself stays for the county's follow-up. Daily, on one instance at a time.
 */
@Component
class FeedbackEmailPurge {

    static final int RETENTION_YEARS = 2;
    static final Jobs.Job JOB = new Jobs.Job("accessibility-feedback-email-purge", Duration.ofMinutes(10),
            Duration.ofMinutes(1));

    private final Jobs jobs;
    private final AccessibilityFeedback feedback;
    private final Clock clock;

    FeedbackEmailPurge(Jobs jobs, AccessibilityFeedback feedback, Clock clock) {
        this.jobs = jobs;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Scheduled(cron = "${samverka.directory.feedback-email-purge-cron}")
    Jobs.Outcome run() {
        return jobs.runOnce(JOB, this::purge);
    }

    /** @return how many e-mail addresses were cleared */
    int purge() {
        return feedback.clearEmails(ZonedDateTime.now(clock).minus(Period.ofYears(RETENTION_YEARS)).toInstant());
    }
}

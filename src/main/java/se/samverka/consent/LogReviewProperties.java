package se.samverka.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How the log review selects (HSLF-FS 2016:40 4 kap. 9 §): the office hours outside which an access is flagged, and
 * how many different persons one user may open within one window before that is flagged; and the sample's size.
 *
 * @param opens       office hours start, Swedish time, on working days (07:00 unless set)
 * @param closes      office hours end (18:00 unless set)
 * @param window      the window for "many persons in a short time" (10 minutes unless set)
 * @param manyPersons more than this many different persons in one window is flagged (50, a register page, unless set)
 * @param sampleSize  how many accesses the random sample draws (20 unless set)
 */
@ConfigurationProperties("samverka.consent.log-review")
record LogReviewProperties(@DefaultValue("07:00") LocalTime opens, @DefaultValue("18:00") LocalTime closes,
                           @DefaultValue("10m") Duration window, @DefaultValue("50") int manyPersons,
                           @DefaultValue("20") int sampleSize) {

    LogReviewProperties {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("samverka.consent.log-review.opens must be before closes");
        }
        if (window.isNegative() || window.isZero() || window.toHours() > 24) {
            throw new IllegalArgumentException("samverka.consent.log-review.window is more than zero, at most a day");
        }
        if (manyPersons < 1 || sampleSize < 1 || sampleSize > 500) {
            throw new IllegalArgumentException("samverka.consent.log-review: many-persons at least 1, "
                    + "sample-size 1 to 500");
        }
    }
}

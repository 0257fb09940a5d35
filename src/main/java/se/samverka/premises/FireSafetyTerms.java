package se.samverka.premises;

import java.time.LocalDate;

/**
 * How the steering group has organised the fire-safety work: the representative it appointed (SBA-ombud),
 * the assembly point, whether there is an evacuation plan, and how often each check is due.
 */
record FireSafetyTerms(String representative, LocalDate appointedOn, String assemblyPoint, boolean evacuationPlan,
                       int roundIntervalMonths, int alarmCheckIntervalMonths, int drillIntervalMonths) {

    static final FireSafetyTerms DEFAULT = new FireSafetyTerms(null, null, null, false, 3, 3, 12);

    FireSafetyTerms {
        for (int months : new int[]{roundIntervalMonths, alarmCheckIntervalMonths, drillIntervalMonths}) {
            if (months < 1 || months > 24) {
                throw new IllegalArgumentException("an interval is 1–24 months");
            }
        }
    }

    int intervalMonths(FireSafetyKind kind) {
        return switch (kind) {
            case ROUND -> roundIntervalMonths;
            case ALARM_CHECK -> alarmCheckIntervalMonths;
            case EVACUATION_DRILL -> drillIntervalMonths;
        };
    }
}

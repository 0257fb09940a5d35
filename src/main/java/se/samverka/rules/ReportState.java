package se.samverka.rules;

/**
 * What R11.2b needs to know of a centre's activity report (verksamhetsberättelse) for one calendar year.
 *
 * @param year    the calendar year the report tells of
 * @param exists  a report has been compiled (drafted) for the year
 * @param adopted the report has been adopted (fastställd)
 */
public record ReportState(int year, boolean exists, boolean adopted) {

    public ReportState {
        if (adopted && !exists) {
            throw new IllegalArgumentException("a report that does not exist cannot be adopted");
        }
    }

    /** No report for the year. */
    public static ReportState none(int year) {
        return new ReportState(year, false, false);
    }
}

package se.samverka.rules;

/**
 * R11.2b: the coordinator compiles the annual activity report (verksamhetsberättelse). Judged in a calendar year on
 * the report of the year before: adopted, drafted but not yet adopted, or missing. The agreement names it among what
 * the coordinator's assignment may contain, so it is a recommendation.
 */
public final class R11_2b implements Rule {

    public static final R11_2b RULE = new R11_2b();

    private R11_2b() {
    }

    @Override
    public String id() {
        return "R11.2b";
    }

    @Override
    public String section() {
        return "11.2";
    }

    @Override
    public Severity severity() {
        return Severity.RECOMMENDATION;
    }

    @Override
    public String quote() {
        return "Samordnarens uppdrag kan innehålla följande: … Sammanställa årlig verksamhetsberättelse";
    }

    /** The report of the year before {@code year}, judged in {@code year}. */
    public Finding check(int year, ReportState previousYear) {
        if (previousYear.year() != year - 1) {
            throw new IllegalArgumentException("R11.2b judges the report of the year before");
        }
        if (!previousYear.exists()) {
            return Finding.of(this, Outcome.NOT_MET, "R11.2b.missing");
        }
        return previousYear.adopted() ? Finding.of(this, Outcome.MET, "R11.2b.adopted")
                : Finding.of(this, Outcome.NOT_MET, "R11.2b.not-adopted");
    }
}

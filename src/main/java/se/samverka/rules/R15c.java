package se.samverka.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * R15c: the term of a local cooperation agreement should be at least three and at most five years, and
 * with shared premises it should follow the usage-right (lease) agreement unless that is longer than five
 * years. A term runs from its first to its last day inclusive: 2025-01-01 – 2027-12-31 is three years.
 */
public final class R15c implements Rule {

    public static final R15c RULE = new R15c();

    public static final int MIN_YEARS = 3;
    public static final int MAX_YEARS = 5;

    private R15c() {
    }

    @Override
    public String id() {
        return "R15c";
    }

    @Override
    public String section() {
        return "15, Bilaga 1 avsnitt 2";
    }

    @Override
    public Severity severity() {
        return Severity.RECOMMENDATION;
    }

    @Override
    public String quote() {
        return "Rekommendation: Avtalstiden bör vara minst 3 år men inte längre än 5 år. Minst tre år ger "
                + "verksamheten ro att arbeta och implementera vad som står i avtalet. Om avtalstiden är mer än 5 år "
                + "finns det en risk att avtalet blir inaktuellt och inte följer förändringar i omvärlden. Om det "
                + "finns en gemensam lokal bör samverkansavtalet följa hyresavtalet om inte hyresavtalet/-en är "
                + "längre än 5 år.";
    }

    /** The length of a term from its first to its last day, both included. */
    public Period length(LocalDate start, LocalDate end) {
        requireOrdered(start, end);
        return Period.between(start, end.plusDays(1));
    }

    /**
     * @param leaseEnd the last day of the usage-right agreement for the shared premises, or null when it runs
     *                 until further notice or none is known
     * @return the warnings, or a single "met" finding
     */
    public List<Finding> check(LocalDate start, LocalDate end, boolean sharedPremises, LocalDate leaseEnd) {
        requireOrdered(start, end);
        LocalDate dayAfter = end.plusDays(1);
        List<Finding> findings = new ArrayList<>();
        if (dayAfter.isBefore(start.plusYears(MIN_YEARS))) {
            findings.add(Finding.of(this, Outcome.NOT_MET, "R15c.short"));
        }
        if (dayAfter.isAfter(start.plusYears(MAX_YEARS))) {
            findings.add(Finding.of(this, Outcome.NOT_MET, "R15c.long"));
        }
        if (sharedPremises && leaseEnd != null && !leaseEnd.plusDays(1).isAfter(start.plusYears(MAX_YEARS))
                && !leaseEnd.equals(end)) {
            findings.add(Finding.of(this, Outcome.NOT_MET, "R15c.follow-lease"));
        }
        return findings.isEmpty() ? List.of(Finding.of(this, Outcome.MET, "R15c.met")) : List.copyOf(findings);
    }

    private static void requireOrdered(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("A term needs a start and an end on or after it");
        }
    }
}

package se.samverka.rules;

import java.time.LocalDate;

/**
 * R11.1c: the steering group meets the coordinator regularly, as often as the local agreement says. So far in a
 * year, the meetings held must reach the agreed number per year times the part of the year that has passed
 * (to the end of the day), rounded down.
 */
public final class R11_1c implements Rule {

    public static final R11_1c RULE = new R11_1c();

    private R11_1c() {
    }

    @Override
    public String id() {
        return "R11.1c";
    }

    @Override
    public String section() {
        return "11.1";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Styrgruppen behöver mötas regelbundet tillsammans med samordnaren för familjecentralen eller den "
                + "familjecentralsliknande verksamheten. Mötesfrekvens regleras i det lokala avtalet.";
    }

    /** The meetings that should have been held by the end of the day: per year × elapsed part, rounded down. */
    public static int due(int perYear, LocalDate today) {
        return (int) ((long) perYear * today.getDayOfYear() / today.lengthOfYear());
    }

    public Finding check(Integer agreedPerYear, int heldThisYear, LocalDate today) {
        if (agreedPerYear == null) {
            return Finding.of(this, Outcome.NOT_APPLICABLE, "R11.1c.not-agreed");
        }
        return heldThisYear >= due(agreedPerYear, today)
                ? Finding.of(this, Outcome.MET, "R11.1c.met")
                : Finding.of(this, Outcome.NOT_MET, "R11.1c.behind");
    }

    /** No signed local cooperation agreement is in force, so there is no agreed frequency to follow up. */
    public Finding withoutAgreement() {
        return Finding.of(this, Outcome.NOT_APPLICABLE, "R11.1c.no-agreement");
    }
}

package se.samverka.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * R9: cooperation meetings of all parties take place at the hours per month the local agreement sets
 * (Bilaga 1 avsnitt 6). Followed up per term (January–June, July–December) over the months of the term that
 * have ended: the hours held must reach the agreed hours per month times those months.
 */
public final class R9 implements Rule {

    public static final R9 RULE = new R9();
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private R9() {
    }

    @Override
    public String id() {
        return "R9";
    }

    @Override
    public String section() {
        return "Bilaga 1";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Parterna ansvarar även för att avsätta gemensam tid för personalgruppen att ha samverkansmöten. "
                + "För samverkansmöten, där alla samverkansparter är representerade, avsätts xx timmar/månad.";
    }

    /** The first day of the term (1 January or 1 July) the day falls in. */
    public static LocalDate termStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    /** The last day of the term the day falls in. */
    public static LocalDate termEnd(LocalDate day) {
        return termStart(day).plusMonths(6).minusDays(1);
    }

    /** How many months of the term have ended before the day's month: 0 in January and July, 5 in June. */
    public static int endedMonthsOfTerm(LocalDate day) {
        return day.getMonthValue() - termStart(day).getMonthValue();
    }

    /** Minutes as hours, to two decimals. */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** Whether the hours held reach the agreed hours per month over the given number of months. */
    public Finding check(BigDecimal agreedPerMonth, BigDecimal held, int months) {
        if (agreedPerMonth == null) {
            return Finding.of(this, Outcome.NOT_APPLICABLE, "R9.not-agreed");
        }
        if (months <= 0 || agreedPerMonth.signum() == 0) {
            return Finding.of(this, Outcome.MET, "R9.none-due");
        }
        BigDecimal due = agreedPerMonth.multiply(BigDecimal.valueOf(months));
        return held.compareTo(due) >= 0
                ? Finding.of(this, Outcome.MET, "R9.met")
                : Finding.of(this, Outcome.NOT_MET, "R9.short");
    }

    /** No signed local cooperation agreement is in force, so there are no agreed hours to follow up. */
    public Finding withoutAgreement() {
        return Finding.of(this, Outcome.NOT_APPLICABLE, "R9.no-agreement");
    }
}

package se.samverka.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * R4a: the regional agreement runs 2024-03-01 – 2025-12-31 and, unless terminated in writing 12 months
 * before it expires, is extended by two years. Samverka reads "förlängs automatiskt med 2 år" as two
 * years at a time, so the periods after the first are 2026–2027, 2028–2029 and so on.
 */
public final class R4a implements Rule {

    public static final R4a RULE = new R4a();

    public static final LocalDate FIRST_START = LocalDate.of(2024, 3, 1);
    public static final LocalDate FIRST_END = LocalDate.of(2025, 12, 31);
    public static final int EXTENSION_YEARS = 2;
    public static final int NOTICE_MONTHS = 12;

    private R4a() {
    }

    @Override
    public String id() {
        return "R4a";
    }

    @Override
    public String section() {
        return "4";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Samverkansavtalet gäller under perioden 2024-03-01 – 2025-12-31. Om avtalet inte sagts upp skriftligen "
                + "12 månader innan avtalets utgång förlängs det automatiskt med 2 år.";
    }

    /** The period in force on {@code date}, assuming no party has terminated the agreement; empty before it began. */
    public Optional<AgreementPeriod> periodOn(LocalDate date) {
        if (date.isBefore(FIRST_START)) {
            return Optional.empty();
        }
        if (!date.isAfter(FIRST_END)) {
            return Optional.of(period(1, FIRST_START, FIRST_END));
        }
        LocalDate firstExtension = FIRST_END.plusDays(1);
        long extensions = ChronoUnit.YEARS.between(firstExtension, date) / EXTENSION_YEARS;
        LocalDate start = firstExtension.plusYears(extensions * EXTENSION_YEARS);
        return Optional.of(period((int) extensions + 2, start, start.plusYears(EXTENSION_YEARS).minusDays(1)));
    }

    /**
     * The period with which the agreement ends for a party that gave written notice on {@code noticeGiven}: the
     * current period when the notice came by its deadline, else the next one (the agreement is extended once more
     * and then not again). Notice given before the agreement began counts against the first period.
     */
    public AgreementPeriod lastPeriod(LocalDate noticeGiven) {
        AgreementPeriod period = periodOn(noticeGiven.isBefore(FIRST_START) ? FIRST_START : noticeGiven).orElseThrow();
        return noticeGiven.isAfter(period.noticeDeadline()) ? periodOn(period.end().plusDays(1)).orElseThrow() : period;
    }

    private static AgreementPeriod period(int number, LocalDate start, LocalDate end) {
        return new AgreementPeriod(number, start, end, end.minusMonths(NOTICE_MONTHS));
    }
}

package se.samverka.rules;

import java.math.BigDecimal;

/**
 * RB3c: one midwife represents the midwife clinic at general cooperation meetings, about 6 hours per term
 * (Bilaga 3). More time is a question for the local steering group.
 */
public final class RB3c implements Rule {

    public static final RB3c RULE = new RB3c();
    public static final BigDecimal HOURS_PER_TERM = BigDecimal.valueOf(6);

    private RB3c() {
    }

    @Override
    public String id() {
        return "RB3c";
    }

    @Override
    public String section() {
        return "Bilaga 3";
    }

    @Override
    public Severity severity() {
        return Severity.RECOMMENDATION;
    }

    @Override
    public String quote() {
        return "Barnmorskemottagningen deltar på samverkansmöten på generell nivå utifrån uppdrag. "
                + "En barnmorska representerar vid möten, ca 6 timmar/termin. "
                + "Vid behov av mer tid tas frågan via den lokala styrgruppen.";
    }

    /**
     * The midwife's attended hours at cooperation meetings this term against about 6 hours per term. During the
     * term the hours are measured against the part of the 6 that the term's ended months stand for (1 hour per
     * month), so a term is not called short before it could have been met.
     *
     * @param endedMonthsOfTerm whole months of the term that have ended, 0–6
     */
    public Finding check(boolean midwifeParticipates, BigDecimal attendedThisTerm, int endedMonthsOfTerm) {
        if (endedMonthsOfTerm < 0 || endedMonthsOfTerm > 6) {
            throw new IllegalArgumentException("a term has six months");
        }
        if (!midwifeParticipates) {
            return Finding.of(this, Outcome.NOT_APPLICABLE, "RB3c.no-midwife");
        }
        if (attendedThisTerm.compareTo(HOURS_PER_TERM) >= 0) {
            return Finding.of(this, Outcome.MET, "RB3c.met");
        }
        BigDecimal dueSoFar = HOURS_PER_TERM.multiply(BigDecimal.valueOf(endedMonthsOfTerm)).divide(BigDecimal.valueOf(6));
        return attendedThisTerm.compareTo(dueSoFar) >= 0
                ? Finding.of(this, Outcome.MET, "RB3c.on-pace")
                : Finding.of(this, Outcome.NOT_MET, "RB3c.short");
    }
}

package se.samverka.rules;

import java.util.Set;

import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;

/**
 * RB3b: in a socioeconomically prioritised area the midwife clinic should be fully co-located with a
 * permanent clinic on site. A shortfall is a finding for the county's follow-up, not a change of kind.
 */
public final class RB3b implements Rule {

    public static final RB3b RULE = new RB3b();

    private RB3b() {
    }

    @Override
    public String id() {
        return "RB3b";
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
        return "Barnmorskemottagningen prioriterar socioekonomiskt prioriterade områden med full samlokalisering "
                + "och permanent barnmorskemottagning på plats.";
    }

    public Finding check(CentreConfiguration centre) {
        if (!centre.prioritisedArea()) {
            return Finding.of(this, Outcome.NOT_APPLICABLE, "RB3b.not-prioritised");
        }
        if (centre.coLocated(MIDWIFE_CLINIC)) {
            return Finding.of(this, Outcome.MET, "RB3b.met", Set.of(MIDWIFE_CLINIC));
        }
        return new Finding(id(), section(), severity(), Outcome.NOT_MET, "RB3b.not-met", Set.of(MIDWIFE_CLINIC), true);
    }
}

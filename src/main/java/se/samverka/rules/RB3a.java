package se.samverka.rules;

import java.util.Optional;
import java.util.Set;

import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;

/**
 * RB3a: outside socioeconomically prioritised areas the midwife clinic need not be co-located; a
 * midwife clinic that takes part without being co-located is then no deficiency.
 */
public final class RB3a implements Rule {

    public static final RB3a RULE = new RB3a();

    private RB3a() {
    }

    @Override
    public String id() {
        return "RB3a";
    }

    @Override
    public String section() {
        return "Bilaga 3";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Inget krav på samlokalisering i övriga områden som inte är socioekonomiskt prioriterade, utan i "
                + "dessa fall sker samverkan med övriga verksamheter genom lokala samverkansavtal för "
                + "familjecentralsliknande verksamhet.";
    }

    public boolean appliesTo(CentreConfiguration centre) {
        return !centre.prioritisedArea() && centre.participates(MIDWIFE_CLINIC) && !centre.coLocated(MIDWIFE_CLINIC);
    }

    public Optional<Reason> reason(CentreConfiguration centre) {
        return appliesTo(centre)
                ? Optional.of(Reason.of(this, "RB3a.midwife-not-co-located", Set.of(MIDWIFE_CLINIC)))
                : Optional.empty();
    }
}

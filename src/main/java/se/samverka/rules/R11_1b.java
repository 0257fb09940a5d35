package se.samverka.rules;

import java.util.EnumSet;

/**
 * R11.1b: the steering group has the nearest manager of each participating base operation; when the
 * midwife clinic takes part, its unit manager (Bilaga 3).
 */
public final class R11_1b implements Rule {

    public static final R11_1b RULE = new R11_1b();

    private R11_1b() {
    }

    @Override
    public String id() {
        return "R11.1b";
    }

    @Override
    public String section() {
        return "11.1, Bilaga 3";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Styrgruppen ska utgöras av de närmaste cheferna till varje profession. "
                + "Enhetschef från barnmorskemottagningen ingår i den lokala styrgruppen och deltar på dess möten.";
    }

    public Finding check(CentreConfiguration centre, Governance governance) {
        if (!governance.steeringGroup()) {
            return Finding.of(this, Outcome.NOT_APPLICABLE, "R11.1b.no-steering-group");
        }
        var withoutManager = EnumSet.noneOf(BaseOperation.class);
        withoutManager.addAll(centre.operations());
        withoutManager.removeAll(governance.managedOperations());
        return withoutManager.isEmpty()
                ? Finding.of(this, Outcome.MET, "R11.1b.met")
                : Finding.of(this, Outcome.NOT_MET, "R11.1b.managers-missing", withoutManager);
    }
}

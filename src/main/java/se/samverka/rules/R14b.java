package se.samverka.rules;

import java.time.LocalDate;

/**
 * R14b: shared costs other than the coordinator (shared premises, joint activities in the plan) are split
 * equally among the base operations of a centre established on or after the day the agreement took effect,
 * unless its local agreement sets another key; an older centre follows its local agreement.
 */
public final class R14b implements Rule {

    public static final R14b RULE = new R14b();

    private R14b() {
    }

    /** How a centre's other shared costs are split. */
    public enum Basis {
        /** Equal parts: a centre established under this agreement with no other key. */
        EQUAL,
        /** The key the local agreement sets. */
        LOCAL_KEY,
        /** An older centre whose local agreement sets no key: equal parts until it does. */
        EQUAL_UNTIL_LOCAL_KEY
    }

    @Override
    public String id() {
        return "R14b";
    }

    @Override
    public String section() {
        return "14.1";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Gemensamma kostnader utgörs av kostnader kopplade till gemensamma lokaler, samordnartjänsten samt "
                + "kostnader kopplade till gemensamma insatser enligt verksamhetsplan. Övriga gemensamma kostnader "
                + "ska från och med att detta avtal träder i kraft delas lika mellan ingående basverksamheter vid "
                + "etablering av nya familjecentraler och familjecentralsliknande verksamheter om inte annat "
                + "överenskommes i det lokala samverkansavtalet.";
    }

    /**
     * @param establishedOn the day the centre was established, or null when it is not known (treated as older)
     * @param localKey      whether the local agreement sets a key of its own
     */
    public Basis basis(LocalDate establishedOn, boolean localKey) {
        if (localKey) {
            return Basis.LOCAL_KEY;
        }
        return establishedOn != null && !establishedOn.isBefore(R4a.FIRST_START) ? Basis.EQUAL
                : Basis.EQUAL_UNTIL_LOCAL_KEY;
    }
}

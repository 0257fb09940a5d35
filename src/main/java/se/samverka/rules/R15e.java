package se.samverka.rules;

import java.util.List;
import java.util.Set;

/**
 * R15e: the agreement is signed by every party, one original each, and every base operation that takes part
 * is a party; a change is made in writing, approved by the parties, as a new signed version.
 */
public final class R15e implements Rule {

    public static final R15e RULE = new R15e();

    private R15e() {
    }

    @Override
    public String id() {
        return "R15e";
    }

    @Override
    public String section() {
        return "15, Bilaga 1 avsnitt 16 och 18";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Ändringar och tillägg till detta avtal skall för att vara gällande skriftligen godkännas av parterna. "
                + "Detta avtal är upprättat i fyra likalydande exemplar där parterna tagit var sitt original.";
    }

    /** @param missing the base operations that take part in the centre but are not parties to the agreement */
    public List<Finding> everyOperationAParty(Set<BaseOperation> missing) {
        return missing.isEmpty()
                ? List.of(Finding.of(this, Outcome.MET, "R15e.met"))
                : List.of(Finding.of(this, Outcome.NOT_MET, "R15e.not-party", missing));
    }

    /** Signed when every party has signed; a party that has not blocks it. */
    public boolean signedByAll(int parties, int signed) {
        if (parties < 1 || signed < 0 || signed > parties) {
            throw new IllegalArgumentException("Signed parties must be between none and all");
        }
        return signed == parties;
    }
}

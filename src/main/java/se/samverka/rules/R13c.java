package se.samverka.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * R13c: a consent names the person, the operations it covers, its purpose and validity, and can be withdrawn;
 * withdrawal stops future disclosures, never rewrites past ones. A consent counts from its first to its last valid
 * day inclusive and not from the day it is withdrawn; a child's consent is given by its custodians (both, where
 * custody is joint), an adult's by the adult.
 */
public final class R13c implements Rule {

    public static final R13c RULE = new R13c();

    private R13c() {
    }

    @Override
    public String id() {
        return "R13c";
    }

    @Override
    public String section() {
        return "13";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Uppgifter om en enskild får lämnas till en annan verksamhet inom familjecentralen eller den "
                + "familjecentralsliknande verksamheten om den enskilde har lämnat sitt samtycke till överlämning av "
                + "informationen. Detta eftersom ett samtycke kan häva sekretessen om den enskildes hälsotillstånd "
                + "eller personliga förhållanden som annars gäller i de olika verksamheterna enligt offentlighet- och "
                + "sekretesslagen.";
    }

    /**
     * Every condition under which consent number {@code position} does not carry the disclosure, in a fixed
     * order (validity, direction, kind of information, who gave it); empty when it carries it.
     */
    public List<DisclosureReason> gaps(ConsentTerms consent, int position, ProposedDisclosure disclosure) {
        var gaps = new ArrayList<String>();
        if (disclosure.on().isBefore(consent.validFrom())) {
            gaps.add("consent.not-yet-valid");
        } else if (disclosure.on().isAfter(consent.validTo())) {
            gaps.add("consent.expired");
        }
        if (consent.withdrawnOn() != null && !disclosure.on().isBefore(consent.withdrawnOn())) {
            gaps.add("consent.withdrawn");
        }
        boolean fromNamed = consent.sends(disclosure.from());
        boolean toNamed = consent.receives(disclosure.to());
        if (!fromNamed) {
            gaps.add("consent.from-not-covered");
        }
        if (!toNamed || (fromNamed && !consent.covers(disclosure.from(), disclosure.to()))) {
            gaps.add("consent.to-not-covered");
        }
        if (!consent.informationKinds().contains(disclosure.informationKind())) {
            gaps.add("consent.kind-not-covered");
        }
        gaps.addAll(disclosure.subject().missingGivers(consent.givenBy()));
        return gaps.stream().map(code -> new DisclosureReason(id(), code, position)).toList();
    }
}

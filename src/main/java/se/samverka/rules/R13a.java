package se.samverka.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * R13a: information about a person passes from one operation of the centre to another only with the person's
 * consent (R13c) or under a secrecy-breaking rule that applies in the individual case, with the reason stated.
 */
public final class R13a implements Rule {

    public static final R13a RULE = new R13a();

    private R13a() {
    }

    @Override
    public String id() {
        return "R13a";
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
        return "Allt utbyte av information ska ske enligt gällande lagstiftning och regleras i offentlighets- och "
                + "sekretesslagen. Uppgifter om en enskild får lämnas till en annan verksamhet inom familjecentralen "
                + "eller den familjecentralsliknande verksamheten om den enskilde har lämnat sitt samtycke till "
                + "överlämning av informationen. Uppgifter om den enskilde kan även lämnas till en annan verksamhet "
                + "(myndighet) om det aktualiseras en sekretessbrytande regel i det enskilda ärendet.";
    }

    /**
     * Decides one disclosure. A secrecy-breaking rule, when invoked, is the basis the user chose: it carries the
     * disclosure when its reason is stated, and the consents are not weighed. Otherwise the first consent that
     * carries it is the basis; if none does, every gap of every consent is a reason.
     */
    public DisclosureDecision decide(ProposedDisclosure disclosure, List<ConsentTerms> consents,
                                     Optional<SecrecyBreakingGround> ground) {
        if (ground.isPresent()) {
            return ground.get().reason().isEmpty()
                    ? refused(List.of(new DisclosureReason(id(), "secrecy-breaking-rule.reason-missing", null)))
                    : new DisclosureDecision(true, DisclosureDecision.LegalBasisKind.SECRECY_BREAKING_RULE,
                    List.of(id()), List.of(new DisclosureReason(id(), "secrecy-breaking-rule", null)));
        }
        if (consents.isEmpty()) {
            return refused(List.of(new DisclosureReason(id(), "no-consent", null)));
        }
        var gaps = new ArrayList<DisclosureReason>();
        for (int position = 0; position < consents.size(); position++) {
            List<DisclosureReason> consentGaps = R13c.RULE.gaps(consents.get(position), position, disclosure);
            if (consentGaps.isEmpty()) {
                return new DisclosureDecision(true, DisclosureDecision.LegalBasisKind.CONSENT,
                        List.of(id(), R13c.RULE.id()),
                        List.of(new DisclosureReason(R13c.RULE.id(), "consent-covers", position)));
            }
            gaps.addAll(consentGaps);
        }
        return refused(gaps);
    }

    private DisclosureDecision refused(List<DisclosureReason> reasons) {
        var ruleIds = new LinkedHashSet<String>();
        ruleIds.add(id());
        reasons.forEach(reason -> ruleIds.add(reason.ruleId()));
        return new DisclosureDecision(false, null, List.copyOf(ruleIds), reasons);
    }
}

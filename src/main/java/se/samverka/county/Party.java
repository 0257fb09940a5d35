package se.samverka.county;

import se.samverka.organisation.Municipality;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.rules.AgreementPeriod;
import se.samverka.rules.R4a;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One of the 50 parties to the regional agreement (R4b): the region or a municipality, with its recorded decisions in
 * the order they were taken.
 *
 * @param municipality the municipality the party is; null for the region
 */
public record Party(PrincipalSummary principal, Municipality municipality, List<RegionalDecision> decisions) {

    public Party {
        decisions = List.copyOf(decisions);
    }

    /** The municipality's name (as the county speaks of its parties), or the region's. */
    public String name() {
        return municipality == null ? principal.name() : municipality.name();
    }

    public Optional<RegionalDecision> adoption() {
        return decisions.stream().filter(d -> d.outcome().adopts()).findFirst();
    }

    /** The earliest written termination recorded: the one that decides when the agreement ends for the party. */
    public Optional<RegionalDecision> termination() {
        return decisions.stream().filter(d -> d.outcome() == DecisionOutcome.TERMINATION)
                .min(Comparator.comparing(RegionalDecision::decidedOn));
    }

    /** The period with which the agreement ends for the party, when it has given written notice (R4a). */
    public Optional<AgreementPeriod> lastPeriod() {
        return termination().map(t -> R4a.RULE.lastPeriod(t.decidedOn()));
    }
}

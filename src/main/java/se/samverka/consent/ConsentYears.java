package se.samverka.consent;

import org.springframework.stereotype.Component;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;

import java.util.Collection;
import java.util.List;

/**
 * The consent module's public answer to "what did the registers of these centres do in a year?", for the county's
 * yearly follow-up: counts only, over all the centres together, each count below
 * {@value ConsentStatistics#SUPPRESSION_LIMIT} left out (null) so that a small number cannot point to somebody (R13d).
 */
@Component
public class ConsentYears {

    /** Counts of a year; null where the count is below the limit. */
    public record Figures(int year, Long persons, Long consentsGiven, Long consentsWithdrawn, Long disclosures,
                          Long refusals, List<Basis> byBasis) {
    }

    /** Disclosures under one legal basis of the catalogue; null below the limit. */
    public record Basis(String statute, String title, LegalBasisKind kind, Long disclosures) {
    }

    private final ConsentStatistics statistics;

    ConsentYears(ConsentStatistics statistics) {
        this.statistics = statistics;
    }

    public Figures of(Collection<Long> centreIds, int year) {
        ConsentStatistics.Year counted = statistics.of(centreIds, year);
        return new Figures(year, counted.persons().shown(), counted.consentsGiven().shown(),
                counted.consentsWithdrawn().shown(), counted.disclosures().shown(), counted.refusals().shown(),
                counted.byBasis().stream()
                        .map(b -> new Basis(b.statute(), b.title(), b.kind(), b.count().shown())).toList());
    }
}

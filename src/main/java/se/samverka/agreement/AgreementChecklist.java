package se.samverka.agreement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.ChecklistCentre;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.Finding;
import se.samverka.rules.R15a;
import se.samverka.rules.R15a.AgreementState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** R15a on every centre's checklist: is the centre governed by a signed local cooperation agreement today? */
@Component
@Order(10)
class AgreementChecklist implements ChecklistContributor {

    private static final List<AgreementState> PREFERENCE = List.of(AgreementState.IN_FORCE,
            AgreementState.SIGNED_NOT_YET_IN_FORCE, AgreementState.AWAITING_SIGNATURES, AgreementState.EXPIRED,
            AgreementState.DRAFT, AgreementState.NONE);

    private final AgreementStandings standings;
    private final CentreAgreements agreements;
    private final Clock clock;

    AgreementChecklist(AgreementStandings standings, CentreAgreements agreements, Clock clock) {
        this.standings = standings;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public List<Finding> findings(ChecklistCentre centre) {
        return List.of(R15a.RULE.check(centre.kind(), state(agreements.of(centre.id()), LocalDate.now(clock))));
    }

    @Override
    public Map<Long, List<Finding>> findings(List<ChecklistCentre> centres) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<AgreementStandings.Row>> agreements = standings.ofCentres(
                centres.stream().map(ChecklistCentre::id).toList());
        return centres.stream().collect(Collectors.toMap(ChecklistCentre::id, centre -> List.of(R15a.RULE.check(
                centre.kind(), state(agreements.getOrDefault(centre.id(), List.of()), today)))));
    }

    /** The best standing among a centre's cooperation agreements: one in force outweighs a draft. */
    static AgreementState state(List<? extends AgreementStanding> ofCentre, LocalDate today) {
        return ofCentre.stream()
                .filter(a -> a.kind() == AgreementKind.COOPERATION)
                .map(a -> state(a, today))
                .min(Comparator.comparingInt(PREFERENCE::indexOf))
                .orElse(AgreementState.NONE);
    }

    static AgreementState state(AgreementStanding agreement, LocalDate today) {
        return switch (agreement.status()) {
            case DRAFT -> AgreementState.DRAFT;
            case SENT -> AgreementState.AWAITING_SIGNATURES;
            case SUPERSEDED -> AgreementState.NONE;
            case SIGNED -> agreement.startsOn() != null && agreement.startsOn().isAfter(today)
                    ? AgreementState.SIGNED_NOT_YET_IN_FORCE
                    : agreement.endsOn() != null && agreement.endsOn().isBefore(today) ? AgreementState.EXPIRED
                    : AgreementState.IN_FORCE;
        };
    }
}

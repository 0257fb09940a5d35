package se.samverka.agreement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.Finding;
import se.samverka.rules.R15a;
import se.samverka.rules.R15a.AgreementState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** R15a on every centre's checklist: is the centre governed by a signed local cooperation agreement today? */
@Component
@Order(10)
class AgreementChecklist implements ChecklistContributor {

    private static final List<AgreementState> PREFERENCE = List.of(AgreementState.IN_FORCE,
            AgreementState.SIGNED_NOT_YET_IN_FORCE, AgreementState.AWAITING_SIGNATURES, AgreementState.EXPIRED,
            AgreementState.DRAFT, AgreementState.NONE);

    private final CentreAgreements agreements;
    private final Clock clock;

    AgreementChecklist(CentreAgreements agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public List<Finding> findings(CentreView centre) {
        return List.of(R15a.RULE.check(centre.classification().kind(), state(centre.id())));
    }

    AgreementState state(long centreId) {
        return state(agreements.of(centreId), LocalDate.now(clock));
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

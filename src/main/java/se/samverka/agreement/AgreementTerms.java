package se.samverka.agreement;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** The agreement module's public answer to "what has this centre agreed?". No personal data. */
@Service
public class AgreementTerms {

    private final CentreAgreements agreements;

    AgreementTerms(CentreAgreements agreements) {
        this.agreements = agreements;
    }

    /** The signed cooperation agreement whose term covers the day, the latest version if several do. */
    public Optional<CooperationTerms> cooperationInForce(long centreId, LocalDate on) {
        return agreements.of(centreId).stream()
                .filter(a -> a.kind() == AgreementKind.COOPERATION && a.status() == AgreementStatus.SIGNED)
                .filter(a -> AgreementChecklist.state(a, on) == se.samverka.rules.R15a.AgreementState.IN_FORCE)
                .max(Comparator.comparingInt(Agreement::number))
                .map(a -> new CooperationTerms(a.id(), a.terms().startsOn(), a.terms().endsOn(),
                        a.terms().meetingHoursPerMonth(), a.terms().steeringMeetingsPerYear()));
    }
}

package se.samverka.agreement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The agreements and their dates on a centre's page. */
@Component
@Order(10)
class AgreementCentreSection implements CentrePageSection {

    private final LocalAgreements agreements;
    private final AgreementComposer composer;
    private final AgreementChecks checks;
    private final Clock clock;

    AgreementCentreSection(LocalAgreements agreements, AgreementComposer composer, AgreementChecks checks,
                           Clock clock) {
        this.agreements = agreements;
        this.composer = composer;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        List<Agreement> all = agreements.ofCentre(centre.id());
        List<AgreementSummary> current = java.util.stream.Stream.concat(
                        composer.current(centre.id(), AgreementKind.COOPERATION).stream(),
                        composer.current(centre.id(), AgreementKind.USAGE_RIGHT).stream())
                .map(AgreementSummary::of).toList();
        return Optional.of(new Section("agreement/centre-section", Map.of(
                "centreId", centre.id(),
                "current", current,
                "deadlines", checks.deadlines(all, LocalDate.now(clock)),
                "insurer", composer.insurer(centre.id()).orElse(""),
                "canChange", may.contains(CentreAction.PREPARE))));
    }
}

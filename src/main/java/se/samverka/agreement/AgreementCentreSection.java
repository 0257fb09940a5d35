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

    private final CentreAgreements agreements;
    private final AgreementChecks checks;
    private final Clock clock;

    AgreementCentreSection(CentreAgreements agreements, AgreementChecks checks, Clock clock) {
        this.agreements = agreements;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        List<Agreement> all = agreements.of(centre.id());
        List<Agreement> usageRights = AgreementComposer.current(all, AgreementKind.USAGE_RIGHT);
        List<AgreementSummary> current = java.util.stream.Stream.concat(
                        AgreementComposer.current(all, AgreementKind.COOPERATION).stream(), usageRights.stream())
                .map(AgreementSummary::of).toList();
        return Optional.of(new Section("agreement/centre-section", Map.of(
                "centreId", centre.id(),
                "current", current,
                "deadlines", checks.deadlines(all, LocalDate.now(clock)),
                "insurer", AgreementComposer.insurer(usageRights).orElse(""),
                "canChange", may.contains(CentreAction.PREPARE))));
    }
}

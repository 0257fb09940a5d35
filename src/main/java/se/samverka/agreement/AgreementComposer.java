package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.rules.RB1a;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Composes a version's document from its template, the registry's facts and what the parties wrote. */
@Component
class AgreementComposer {

    private final Agreements agreements;
    private final ContractTemplates templates;

    AgreementComposer(Agreements agreements, ContractTemplates templates) {
        this.agreements = agreements;
        this.templates = templates;
    }

    List<ComposedSection> compose(Agreement agreement, CentreView centre) {
        CentreFacts facts = facts(centre);
        return switch (agreement.kind()) {
            case COOPERATION -> CooperationTemplate.compose(templates, facts, agreement.terms(), agreement.texts(),
                    agreement.parties(), insurer(centre.id()).orElse(null));
            case USAGE_RIGHT -> UsageRightTemplate.compose(templates, facts, agreement.terms(), agreement.texts(),
                    agreement.parties());
        };
    }

    /**
     * RB1a: the party with the largest share of the premises insures the inventory of the shared areas.
     * The shares come from the centre's current usage-right agreements: each user's share, and what is
     * left to the grantor.
     */
    Optional<String> insurer(long centreId) {
        return insurer(current(centreId, AgreementKind.USAGE_RIGHT));
    }

    /** The insurer among the centre's current usage-right agreements. */
    static Optional<String> insurer(List<Agreement> usageRights) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (Agreement usage : usageRights) {
            BigDecimal share = usage.terms().userSharePercent();
            if (share == null) {
                continue;
            }
            usage.parties().stream().filter(p -> Party.USER.equals(p.role())).findFirst()
                    .ifPresent(user -> shares.merge(user.principalName(), share, BigDecimal::add));
            usage.parties().stream().filter(p -> Party.GRANTOR.equals(p.role())).findFirst()
                    .ifPresent(grantor -> shares.putIfAbsent(grantor.principalName(), BigDecimal.ZERO));
        }
        if (shares.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal used = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        usageRights.stream()
                .flatMap(a -> a.parties().stream()).filter(p -> Party.GRANTOR.equals(p.role())).findFirst()
                .ifPresent(grantor -> shares.merge(grantor.principalName(),
                        new BigDecimal("100").subtract(used).max(BigDecimal.ZERO), BigDecimal::add));
        return RB1a.RULE.insurer(shares);
    }

    /** Per series, the signed version in force, or else the newest version. */
    List<Agreement> current(long centreId, AgreementKind kind) {
        return current(agreements.findByCentreIdOrderByCreatedAt(centreId), kind);
    }

    /** Per series among the centre's versions (in the order they were created), as {@link #current(long, AgreementKind)}. */
    static List<Agreement> current(List<Agreement> ofCentre, AgreementKind kind) {
        Map<java.util.UUID, Agreement> bySeries = new LinkedHashMap<>();
        for (Agreement agreement : ofCentre) {
            if (agreement.kind() != kind || agreement.status() == AgreementStatus.SUPERSEDED) {
                continue;
            }
            bySeries.merge(agreement.series(), agreement, (a, b) -> a.status() == AgreementStatus.SIGNED ? a : b);
        }
        return List.copyOf(bySeries.values());
    }

    static CentreFacts facts(CentreView centre) {
        return new CentreFacts(centre.id(), centre.name(), centre.address().street() + ", "
                + centre.address().postalCode() + " " + centre.address().city(), centre.classification().kind());
    }
}

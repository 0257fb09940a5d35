package se.samverka.county;

import org.springframework.stereotype.Component;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalKind;
import se.samverka.organisation.PrincipalSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The parties to the regional agreement (R4b): Västra Götalandsregionen first, then the 49 municipalities by name. */
@Component
class Parties {

    private final Organisations organisations;
    private final RegionalDecisions decisions;

    Parties(Organisations organisations, RegionalDecisions decisions) {
        this.organisations = organisations;
        this.decisions = decisions;
    }

    List<Party> all() {
        Map<Long, List<RegionalDecision>> byParty = new HashMap<>();
        decisions.all().stream().filter(d -> d.principalId() != null)
                .forEach(d -> byParty.computeIfAbsent(d.principalId(), id -> new ArrayList<>()).add(d));
        Map<String, Municipality> municipalities = organisations.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        List<Party> parties = new ArrayList<>();
        for (PrincipalSummary principal : organisations.principals()) {
            if (principal.kind() == PrincipalKind.PRIVATE_PROVIDER) {
                continue;
            }
            parties.add(new Party(principal, principal.municipalityCode() == null ? null
                    : municipalities.get(principal.municipalityCode()),
                    byParty.getOrDefault(principal.id(), List.of())));
        }
        parties.sort(Comparator.comparing((Party p) -> p.municipality() != null)
                .thenComparing(Party::name, SwedishOrder.NAMES));
        return parties;
    }

    Optional<Party> party(long principalId) {
        return organisations.principal(principalId)
                .filter(principal -> principal.kind() != PrincipalKind.PRIVATE_PROVIDER)
                .map(principal -> new Party(principal, principal.municipalityCode() == null ? null
                        : organisations.municipality(principal.municipalityCode()).orElseThrow(),
                        decisions.ofParty(principalId)));
    }

}

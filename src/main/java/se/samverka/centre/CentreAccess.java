package se.samverka.centre;

import org.springframework.stereotype.Component;
import se.samverka.identity.Actor;
import se.samverka.identity.Role;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see and change which centre. The county sees all and changes none; a steering-group
 * member or coordinator sees and changes their centres; a municipality's administrator sees and
 * changes the centres in the municipality and sees those its units take part in; the region's
 * administrator sees those its units take part in; staff see the centres their unit takes part in.
 */
@Component
public class CentreAccess {

    /** What a centre's access depends on. */
    public record Facts(long centreId, String municipalityCode, Set<Long> unitIds, Set<Long> principalIds) {
    }

    /** An actor's grants as the centre module reads them. */
    record Scope(boolean county, Set<Long> centres, Set<Long> principals, Set<String> municipalities,
                 Set<Long> units) {

        boolean canView(Facts centre) {
            return county || canEdit(centre)
                    || !Collections.disjoint(principals, centre.principalIds())
                    || !Collections.disjoint(units, centre.unitIds());
        }

        boolean canEdit(Facts centre) {
            return centres.contains(centre.centreId()) || municipalities.contains(centre.municipalityCode());
        }

        boolean canRegister(String municipalityCode) {
            return county || municipalities.contains(municipalityCode);
        }

        boolean canRegisterAny() {
            return county || !municipalities.isEmpty();
        }
    }

    private final Organisations organisations;

    CentreAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    Scope scope(Actor actor) {
        Set<Long> centres = actor.grants().stream()
                .filter(g -> g.role() == Role.STEERING_GROUP || g.role() == Role.COORDINATOR)
                .map(g -> g.scopeId())
                .collect(Collectors.toSet());
        Set<Long> principals = actor.scopes(Role.PRINCIPAL_ADMIN);
        Set<String> municipalities = principals.stream()
                .map(organisations::principal)
                .flatMap(java.util.Optional::stream)
                .map(PrincipalSummary::municipalityCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Scope(actor.isCountyAdmin(), centres, principals, municipalities, actor.scopes(Role.STAFF));
    }

    public boolean canView(Actor actor, Facts centre) {
        return scope(actor).canView(centre);
    }

    public boolean canEdit(Actor actor, Facts centre) {
        return scope(actor).canEdit(centre);
    }
}

package se.samverka.centre;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.samverka.identity.Actor;
import se.samverka.identity.Role;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static se.samverka.centre.CentreAction.DESCRIBE;
import static se.samverka.centre.CentreAction.FOLLOW;
import static se.samverka.centre.CentreAction.PREPARE;
import static se.samverka.centre.CentreAction.VIEW;
import static se.samverka.centre.CentreAction.VIEW_ECONOMY;

/**
 * The one access policy for centres and what belongs to them (docs/authority.md), after §11 of the agreement:
 * <ul>
 *     <li>the steering group (a user with the STEERING_GROUP role for the centre) decides, and may do all else;</li>
 *     <li>the coordinator prepares and keeps the registry details;</li>
 *     <li>the administrator of the municipality the centre lies in keeps its registry details and follows it; the
 *     administrator of another principal whose unit takes part follows it;</li>
 *     <li>staff of a unit taking part follow its work, but not the economy;</li>
 *     <li>the county follows every centre and changes none;</li>
 *     <li>a person named to sign one of its agreements opens its page (and the agreement, by the agreement
 *     module's own check).</li>
 * </ul>
 * Grants are read as they are now ({@link se.samverka.identity.Actors}), so a removed role counts on the next request.
 */
@Component
public class CentreAccess {

    /** What a centre's access depends on. */
    public record Facts(long centreId, String municipalityCode, Set<Long> unitIds, Set<Long> principalIds) {
    }

    /** An actor's standing as this policy reads it, worked out once per request. */
    record Scope(boolean county, Set<Long> steering, Set<Long> coordinating, Set<Long> principals,
                 Set<String> municipalities, Set<Long> units, Set<Long> viewing) {

        Set<CentreAction> actions(Facts centre) {
            var actions = EnumSet.noneOf(CentreAction.class);
            if (county || !Collections.disjoint(principals, centre.principalIds())) {
                actions.addAll(List.of(VIEW, FOLLOW, VIEW_ECONOMY));
            }
            if (municipalities.contains(centre.municipalityCode())) {
                actions.addAll(List.of(VIEW, FOLLOW, VIEW_ECONOMY, DESCRIBE));
            }
            if (!Collections.disjoint(units, centre.unitIds())) {
                actions.addAll(List.of(VIEW, FOLLOW));
            }
            if (coordinating.contains(centre.centreId())) {
                actions.addAll(List.of(VIEW, FOLLOW, VIEW_ECONOMY, DESCRIBE, PREPARE));
            }
            if (steering.contains(centre.centreId())) {
                actions.addAll(EnumSet.allOf(CentreAction.class));
            }
            if (viewing.contains(centre.centreId())) {
                actions.add(VIEW);
            }
            return actions;
        }

        boolean may(CentreAction action, Facts centre) {
            return actions(centre).contains(action);
        }

        boolean canRegister(String municipalityCode) {
            return county || municipalities.contains(municipalityCode);
        }

        boolean canRegisterAny() {
            return county || !municipalities.isEmpty();
        }
    }

    private static final String REQUEST_ATTRIBUTE = CentreAccess.class.getName();

    private final Organisations organisations;
    private final List<CentreViewers> viewers;

    CentreAccess(Organisations organisations, List<CentreViewers> viewers) {
        this.organisations = organisations;
        this.viewers = viewers;
    }

    public Set<CentreAction> actions(Actor actor, Facts centre) {
        return scope(actor).actions(centre);
    }

    public boolean may(Actor actor, CentreAction action, Facts centre) {
        return scope(actor).may(action, centre);
    }

    Scope scope(Actor actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Cached cached
                && cached.actor().equals(actor)) {
            return cached.scope();
        }
        Scope scope = read(actor);
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, new Cached(actor, scope), RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    private record Cached(Actor actor, Scope scope) {
    }

    private Scope read(Actor actor) {
        Set<Long> principals = actor.scopes(Role.PRINCIPAL_ADMIN);
        Set<String> municipalities = principals.stream()
                .map(organisations::principal)
                .flatMap(Optional::stream)
                .map(PrincipalSummary::municipalityCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> viewing = new HashSet<>();
        viewers.forEach(contributor -> viewing.addAll(contributor.centresFor(actor)));
        return new Scope(actor.isCountyAdmin(), actor.scopes(Role.STEERING_GROUP), actor.scopes(Role.COORDINATOR),
                principals, municipalities, actor.scopes(Role.STAFF), viewing);
    }
}

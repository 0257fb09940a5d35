package se.samverka.centre;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.samverka.identity.Actor;
import se.samverka.identity.Role;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
 *     <li>the county (its administrator and its read-only follow-up) follows every centre and changes none; a
 *     kommunalförbund's follow-up follows the centres in its municipalities;</li>
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

    /**
     * Each way an actor can stand towards a centre, and what it lets them do there. Both {@link Scope#actions} (one
     * centre in Java) and {@link Scope#visibility} (every centre in SQL) read this table, so they cannot differ.
     */
    enum Standing {
        /** The county, the follow-up of the centre's sub-region, or the administrator of a principal whose unit takes part. */
        FOLLOWING_PRINCIPAL(VIEW, FOLLOW, VIEW_ECONOMY),
        MUNICIPALITY(VIEW, FOLLOW, VIEW_ECONOMY, DESCRIBE),
        STAFF(VIEW, FOLLOW),
        COORDINATOR(VIEW, FOLLOW, VIEW_ECONOMY, DESCRIBE, PREPARE),
        STEERING_GROUP(CentreAction.values()),
        NAMED_SIGNATORY(VIEW);

        private final Set<CentreAction> actions;

        Standing(CentreAction... actions) {
            this.actions = Set.of(actions);
        }
    }

    /** A condition on the centre aliased {@code c}, with its parameters, that holds where the actor may do an action. */
    record Visibility(String condition, Map<String, Object> parameters) {
    }

    /**
     * An actor's standing as this policy reads it, worked out once per request.
     *
     * @param countyAdmin registers centres anywhere
     * @param county      follows every centre
     * @param followed    the municipalities of the sub-regions the actor follows
     */
    record Scope(boolean countyAdmin, boolean county, Set<String> followed, Set<Long> steering, Set<Long> coordinating, Set<Long> principals,
                 Set<String> municipalities, Set<Long> units, Supplier<Set<Long>> viewing) {

        /** A standing is looked at only when it could add an action (the signatories' centres are read only then). */
        Set<CentreAction> actions(Facts centre) {
            var actions = EnumSet.noneOf(CentreAction.class);
            for (Standing standing : Standing.values()) {
                if (!actions.containsAll(standing.actions) && holds(standing, centre)) {
                    actions.addAll(standing.actions);
                }
            }
            return actions;
        }

        private boolean holds(Standing standing, Facts centre) {
            return switch (standing) {
                case FOLLOWING_PRINCIPAL -> county || followed.contains(centre.municipalityCode())
                        || !Collections.disjoint(principals, centre.principalIds());
                case MUNICIPALITY -> municipalities.contains(centre.municipalityCode());
                case STAFF -> !Collections.disjoint(units, centre.unitIds());
                case COORDINATOR -> coordinating.contains(centre.centreId());
                case STEERING_GROUP -> steering.contains(centre.centreId());
                case NAMED_SIGNATORY -> viewing.get().contains(centre.centreId());
            };
        }

        boolean may(CentreAction action, Facts centre) {
            return actions(centre).contains(action);
        }

        /** Where the actor may do the action, as SQL: the same decision as {@link #may} for every centre at once. */
        Visibility visibility(CentreAction action) {
            var conditions = new ArrayList<String>();
            var parameters = new HashMap<String, Object>();
            for (Standing standing : Standing.values()) {
                if (standing.actions.contains(action)) {
                    Optional<String> condition = condition(standing, parameters);
                    if (condition.filter("true"::equals).isPresent()) {
                        return new Visibility("true", Map.of());
                    }
                    condition.ifPresent(conditions::add);
                }
            }
            return new Visibility(conditions.isEmpty() ? "false" : "(" + String.join(" or ", conditions) + ")",
                    parameters);
        }

        private Optional<String> condition(Standing standing, Map<String, Object> parameters) {
            return switch (standing) {
                case FOLLOWING_PRINCIPAL -> county ? Optional.of("true") : following(parameters);
                case MUNICIPALITY -> municipalities.isEmpty() ? Optional.empty() : Optional.of(put(parameters,
                        "municipalities", municipalities.toArray(String[]::new),
                        "c.municipality_code = any(cast(:municipalities as text[]))"));
                case STAFF -> ids(units, "units", parameters, "exists (select 1 from participation vs "
                        + "where vs.centre_id = c.id and vs.unit_id = any(cast(:units as bigint[])))");
                case COORDINATOR -> ids(coordinating, "coordinating", parameters,
                        "c.id = any(cast(:coordinating as bigint[]))");
                case STEERING_GROUP -> ids(steering, "steering", parameters, "c.id = any(cast(:steering as bigint[]))");
                case NAMED_SIGNATORY -> ids(viewing.get(), "viewing", parameters, "c.id = any(cast(:viewing as bigint[]))");
            };
        }

        private Optional<String> following(Map<String, Object> parameters) {
            Optional<String> principal = ids(principals, "principals", parameters,
                    "exists (select 1 from participation vp join unit vu on vu.id = vp.unit_id "
                            + "where vp.centre_id = c.id and vu.principal_id = any(cast(:principals as bigint[])))");
            if (followed.isEmpty()) {
                return principal;
            }
            String subRegion = put(parameters, "followed", followed.toArray(String[]::new),
                    "c.municipality_code = any(cast(:followed as text[]))");
            return Optional.of(principal.map(p -> "(" + subRegion + " or " + p + ")").orElse(subRegion));
        }

        private static Optional<String> ids(Set<Long> ids, String name, Map<String, Object> parameters, String condition) {
            return ids.isEmpty() ? Optional.empty()
                    : Optional.of(put(parameters, name, ids.toArray(Long[]::new), condition));
        }

        private static String put(Map<String, Object> parameters, String name, Object value, String condition) {
            parameters.put(name, value);
            return condition;
        }

        boolean canRegister(String municipalityCode) {
            return countyAdmin || municipalities.contains(municipalityCode);
        }

        boolean canRegisterAny() {
            return countyAdmin || !municipalities.isEmpty();
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
        Set<String> followed = actor.scopes(Role.SUB_REGION_VIEWER).stream()
                .map(organisations::subRegion)
                .flatMap(Optional::stream)
                .flatMap(subRegion -> organisations.municipalities().stream()
                        .filter(m -> m.subRegion().code().equals(subRegion.code())))
                .map(Municipality::code)
                .collect(Collectors.toSet());
        return new Scope(actor.isCountyAdmin(), actor.isCountyAdmin() || actor.has(Role.COUNTY_VIEWER), followed,
                actor.scopes(Role.STEERING_GROUP), actor.scopes(Role.COORDINATOR),
                principals, municipalities, actor.scopes(Role.STAFF), new Viewing(actor));
    }

    /** The centres whose agreements name the actor as a signatory, read at most once and only when asked. */
    private final class Viewing implements Supplier<Set<Long>> {

        private final Actor actor;
        private Set<Long> centres;

        Viewing(Actor actor) {
            this.actor = actor;
        }

        @Override
        public synchronized Set<Long> get() {
            if (centres == null) {
                Set<Long> read = new HashSet<>();
                viewers.forEach(contributor -> read.addAll(contributor.centresFor(actor)));
                centres = Set.copyOf(read);
            }
            return centres;
        }
    }
}

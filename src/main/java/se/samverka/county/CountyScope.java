package se.samverka.county;

import org.springframework.stereotype.Component;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.identity.Role;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.SubRegion;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What of the county an actor follows: the whole county (the county administrator and COUNTY_VIEWER) or the
 * municipalities of the sub-regions they hold SUB_REGION_VIEWER for. Pages and figures are cut to it.
 */
@Component
class CountyScope {

    /** The part of the county an actor follows; {@code whole} includes the region as a party. */
    record Part(boolean whole, List<SubRegion> subRegions, List<Municipality> municipalities) {

        boolean covers(String municipalityCode) {
            return municipalities.stream().anyMatch(m -> m.code().equals(municipalityCode));
        }
    }

    private final Organisations organisations;
    private final Actors actors;

    CountyScope(Organisations organisations, Actors actors) {
        this.organisations = organisations;
        this.actors = actors;
    }

    /** The part of the county the signed-in user follows. */
    Part current() {
        return of(actors.require());
    }

    static boolean followsCounty(Actor actor) {
        return actor.isCountyAdmin() || actor.has(Role.COUNTY_VIEWER) || actor.has(Role.SUB_REGION_VIEWER);
    }

    Part of(Actor actor) {
        if (actor.isCountyAdmin() || actor.has(Role.COUNTY_VIEWER)) {
            return new Part(true, organisations.subRegions(), organisations.municipalities());
        }
        Set<String> codes = actor.scopes(Role.SUB_REGION_VIEWER).stream()
                .map(organisations::subRegion)
                .flatMap(Optional::stream)
                .map(SubRegion::code)
                .collect(Collectors.toSet());
        return new Part(false,
                organisations.subRegions().stream().filter(s -> codes.contains(s.code())).toList(),
                organisations.municipalities().stream().filter(m -> codes.contains(m.subRegion().code())).toList());
    }
}

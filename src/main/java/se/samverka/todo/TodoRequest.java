package se.samverka.todo;

import se.samverka.centre.CentreSummary;
import se.samverka.identity.Actor;
import se.samverka.rules.CentreKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a contributor is asked for.
 *
 * @param centres    the centres whose due things the person acts on (§11: their coordinator or steering group, the
 *                   municipality's administrator): everything due there, fire-safety rounds and meetings included
 * @param followedUp the centres the county follows up (§4, §11) that the person does not act on: for those only what
 *                   the county's follow-up looks at, a signed agreement in force and its dates, and the requirements
 *                   not met (one line a centre)
 * @param following  every centre the person may follow, so that a personal item links only to a page they may open
 */
public record TodoRequest(Actor actor, LocalDate today, List<CentreSummary> centres, List<CentreSummary> followedUp,
                          Set<Long> following) {

    public TodoRequest {
        centres = List.copyOf(centres);
        followedUp = List.copyOf(followedUp);
        following = Set.copyOf(following);
    }

    /** The centres acted on that the agreement covers (a family centre or a family-centre-like operation). */
    public List<CentreSummary> covered() {
        return centres.stream().filter(c -> c.kind() != CentreKind.NOT_COVERED).toList();
    }

    public List<Long> centreIds() {
        return centres.stream().map(CentreSummary::id).toList();
    }

    public Map<Long, CentreSummary> byId() {
        return centres.stream().collect(Collectors.toMap(CentreSummary::id, Function.identity()));
    }

    /** The centres acted on and those followed up, each once: for what both look at. */
    public List<CentreSummary> actedOnOrFollowedUp() {
        return Stream.concat(centres.stream(), followedUp.stream()).toList();
    }
}

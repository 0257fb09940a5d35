package se.samverka.todo;

import se.samverka.centre.CentreSummary;
import se.samverka.identity.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a contributor is asked for.
 *
 * @param centres   the centres whose due things the person answers for (§11: their coordinator or steering group, the
 *                  municipality's administrator, the county), by name
 * @param following every centre the person may follow, so that a personal item links only to a page they may open
 */
public record TodoRequest(Actor actor, LocalDate today, List<CentreSummary> centres, Set<Long> following) {

    public TodoRequest {
        centres = List.copyOf(centres);
        following = Set.copyOf(following);
    }

    public List<Long> centreIds() {
        return centres.stream().map(CentreSummary::id).toList();
    }

    public Map<Long, CentreSummary> byId() {
        return centres.stream().collect(Collectors.toMap(CentreSummary::id, Function.identity()));
    }
}

package se.samverka.centre;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person answers for (§11, §4): the centres they act on, as coordinator, steering group or the administrator
 * of the municipality (those who may keep a centre's details), and, for the county's roles, the centres the county
 * follows up without acting on them. A to-do list or a calendar has everything due at the first and only what the
 * follow-up looks at (agreements, requirements) at the second.
 *
 * @param actedOn    by name
 * @param followedUp by name; none for a person outside the county's follow-up
 * @param following  every centre the person may follow, acted on or not, by name
 */
public record Responsibility(List<CentreSummary> actedOn, List<CentreSummary> followedUp,
                             List<CentreSummary> following) {

    public Responsibility {
        actedOn = List.copyOf(actedOn);
        followedUp = List.copyOf(followedUp);
        following = List.copyOf(following);
    }

    public Set<Long> followingIds() {
        return following.stream().map(CentreSummary::id).collect(Collectors.toSet());
    }
}

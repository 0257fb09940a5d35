package se.samverka.todo;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreCompliance;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreSummary;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.identity.Role;
import se.samverka.platform.Texts;
import se.samverka.rules.Finding;
import se.samverka.rules.Outcome;
import se.samverka.rules.Severity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's to-do list: everything due for the centres they answer for, and what waits for them alone. Who answers
 * for a centre follows §11 and the one access policy ({@link se.samverka.centre.CentreAccess}): its coordinator and
 * steering group and the administrator of its municipality (those who may keep its details) act on everything due
 * there; the county follows up (§4) the centres it follows: their agreements and the requirements not met. Each module is asked once, however many centres there are.
 * <p>
 * For reminders: {@link #of(String)} gives a user's items; resolve {@link TodoItem#text()} with the
 * {@link org.springframework.context.MessageSource} for its Swedish text; {@link TodoItem#dueOn()} says by when.
 */
@Component
public class TodoList {

    private static final Comparator<TodoItem> ORDER = Comparator
            .comparing(TodoItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::centreName, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(TodoItem::message);

    private final List<TodoContributor> contributors;
    private final CentreRegistry registry;
    private final CentreCompliance compliance;
    private final Actors actors;
    private final Texts texts;
    private final Clock clock;

    TodoList(List<TodoContributor> contributors, CentreRegistry registry, CentreCompliance compliance, Actors actors,
             Texts texts, Clock clock) {
        this.texts = texts;
        this.contributors = contributors;
        this.registry = registry;
        this.compliance = compliance;
        this.actors = actors;
        this.clock = clock;
    }

    /** The items of the enabled user with this username, dated ones first by date, then those without a date. */
    @Transactional(readOnly = true)
    public Optional<List<TodoItem>> of(String username) {
        return actors.byUsername(username).map(this::of);
    }

    /** The actor's items, dated ones first by date (the latest first), then those without a date. */
    @Transactional(readOnly = true)
    public List<TodoItem> of(Actor actor) {
        TodoRequest request = request(actor);
        List<TodoItem> items = new ArrayList<>();
        contributors.forEach(contributor -> items.addAll(contributor.items(request)));
        items.addAll(unmetRequirements(request, items));
        items.sort(ORDER);
        return List.copyOf(items);
    }

    private TodoRequest request(Actor actor) {
        List<CentreSummary> following = registry.where(actor, CentreAction.FOLLOW);
        List<CentreSummary> actedOn = registry.where(actor, CentreAction.DESCRIBE);
        Set<Long> acted = actedOn.stream().map(CentreSummary::id).collect(Collectors.toSet());
        List<CentreSummary> followedUp = followsCounty(actor)
                ? following.stream().filter(c -> !acted.contains(c.id())).toList() : List.of();
        return new TodoRequest(actor, LocalDate.now(clock), actedOn, followedUp,
                following.stream().map(CentreSummary::id).collect(Collectors.toSet()));
    }

    private static boolean followsCounty(Actor actor) {
        return actor.isCountyAdmin() || actor.has(Role.COUNTY_VIEWER) || actor.has(Role.SUB_REGION_VIEWER);
    }

    /**
     * The checklist's requirements not met: for a centre acted on each one, where no contributor has listed the same
     * rule for the centre; for a centre followed up one line saying how many.
     */
    private List<TodoItem> unmetRequirements(TodoRequest request, List<TodoItem> listed) {
        if (request.centres().isEmpty() && request.followedUp().isEmpty()) {
            return List.of();
        }
        Set<Long> actedOn = new HashSet<>(request.centreIds());
        Set<Long> followedUp = request.followedUp().stream().map(CentreSummary::id).collect(Collectors.toSet());
        Set<String> named = new HashSet<>();
        listed.stream().filter(i -> i.centreId() != null && i.ruleId() != null)
                .forEach(i -> named.add(i.centreId() + " " + i.ruleId()));
        List<TodoItem> items = new ArrayList<>();
        for (CentreCompliance.Row centre : compliance.visibleTo(request.actor())) {
            String checklist = "/centres/" + centre.id() + "#checklist-heading";
            List<Finding> unmet = centre.findings().stream()
                    .filter(f -> f.outcome() == Outcome.NOT_MET && f.severity() == Severity.REQUIREMENT).toList();
            if (actedOn.contains(centre.id())) {
                for (Finding finding : unmet) {
                    if (named.add(centre.id() + " " + finding.ruleId())) {
                        items.add(TodoItem.of(centre.id(), centre.name(), "todo.checklist", finding.ruleId(), null,
                                checklist, texts.finding(finding)));
                    }
                }
            } else if (followedUp.contains(centre.id()) && !unmet.isEmpty()) {
                items.add(TodoItem.of(centre.id(), centre.name(), "todo.checklist.followed-up", null, null, checklist,
                        unmet.size(), unmet.stream().map(Finding::ruleId).collect(Collectors.joining(", "))));
            }
        }
        return items;
    }
}

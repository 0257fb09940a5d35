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
 * steering group and the administrator of its municipality (those who may keep its details), and the county's
 * follow-up for every centre it follows. Each module is asked once, however many centres there are.
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
        List<CentreSummary> answering = followsCounty(actor) ? following
                : registry.where(actor, CentreAction.DESCRIBE);
        return new TodoRequest(actor, LocalDate.now(clock), answering,
                following.stream().map(CentreSummary::id).collect(Collectors.toSet()));
    }

    private static boolean followsCounty(Actor actor) {
        return actor.isCountyAdmin() || actor.has(Role.COUNTY_VIEWER) || actor.has(Role.SUB_REGION_VIEWER);
    }

    /** The checklist's requirements not met, where no contributor has listed the same rule for the centre. */
    private List<TodoItem> unmetRequirements(TodoRequest request, List<TodoItem> listed) {
        if (request.centres().isEmpty()) {
            return List.of();
        }
        Set<Long> centres = new HashSet<>(request.centreIds());
        Set<String> named = new HashSet<>();
        listed.stream().filter(i -> i.centreId() != null && i.ruleId() != null)
                .forEach(i -> named.add(i.centreId() + " " + i.ruleId()));
        List<TodoItem> items = new ArrayList<>();
        for (CentreCompliance.Row centre : compliance.visibleTo(request.actor())) {
            if (!centres.contains(centre.id())) {
                continue;
            }
            for (Finding finding : centre.findings()) {
                if (finding.outcome() == Outcome.NOT_MET && finding.severity() == Severity.REQUIREMENT
                        && named.add(centre.id() + " " + finding.ruleId())) {
                    items.add(TodoItem.of(centre.id(), centre.name(), "todo.checklist", finding.ruleId(), null,
                            "/centres/" + centre.id() + "#checklist-heading",
                            texts.finding(finding)));
                }
            }
        }
        return items;
    }
}

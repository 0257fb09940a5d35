package se.samverka.todo;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.centre.CentreCompliance;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreSummary;
import se.samverka.centre.Responsibility;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
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
 * there; the county follows up (§4) the centres it follows: their agreements and the requirements not met. Each module
 * is asked once, however many centres there are.
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
    private final FollowedUpChecklists followUp;
    private final Actors actors;
    private final Texts texts;
    private final Clock clock;

    TodoList(List<TodoContributor> contributors, CentreRegistry registry, CentreCompliance compliance,
             FollowedUpChecklists followUp, Actors actors, Texts texts, Clock clock) {
        this.texts = texts;
        this.contributors = contributors;
        this.registry = registry;
        this.compliance = compliance;
        this.followUp = followUp;
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
        Responsibility responsibility = registry.responsibility(actor);
        return new TodoRequest(actor, LocalDate.now(clock), responsibility.actedOn(), responsibility.followedUp(),
                responsibility.followingIds());
    }

    /**
     * The checklist's requirements not met: for a centre acted on each one, where no contributor has listed the same
     * rule for the centre; for a centre followed up one line saying which.
     */
    private List<TodoItem> unmetRequirements(TodoRequest request, List<TodoItem> listed) {
        Set<String> named = new HashSet<>();
        listed.stream().filter(i -> i.centreId() != null && i.ruleId() != null)
                .forEach(i -> named.add(i.centreId() + " " + i.ruleId()));
        List<TodoItem> items = new ArrayList<>();
        for (CentreCompliance.Row centre : compliance.of(request.centreIds())) {
            for (Finding finding : unmet(centre)) {
                if (named.add(centre.id() + " " + finding.ruleId())) {
                    items.add(TodoItem.of(centre.id(), centre.name(), "todo.checklist", finding.ruleId(), null,
                            checklist(centre), texts.finding(finding)));
                }
            }
        }
        for (CentreCompliance.Row centre : followUp.of(request.followedUp(), request.today())) {
            List<Finding> unmet = unmet(centre);
            if (!unmet.isEmpty()) {
                items.add(TodoItem.of(centre.id(), centre.name(), "todo.checklist.followed-up", null, null,
                        checklist(centre), unmet.size(),
                        unmet.stream().map(Finding::ruleId).collect(Collectors.joining(", "))));
            }
        }
        return items;
    }

    private static List<Finding> unmet(CentreCompliance.Row centre) {
        return centre.findings().stream()
                .filter(f -> f.outcome() == Outcome.NOT_MET && f.severity() == Severity.REQUIREMENT).toList();
    }

    private static String checklist(CentreCompliance.Row centre) {
        return "/centres/" + centre.id() + "#checklist-heading";
    }
}

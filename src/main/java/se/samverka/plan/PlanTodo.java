package se.samverka.plan;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreSummary;
import se.samverka.rules.PlanState;
import se.samverka.rules.R12;
import se.samverka.todo.TodoContributor;
import se.samverka.todo.TodoItem;
import se.samverka.todo.TodoRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The joint operational plan (R12), for every family centre and family-centre-like operation, in one statement: this
 * year's plan to draw up with goals and adopt (no day set, so none given), and last year's to follow up, evaluated
 * and adopted once its year is over (by 31 December of that year).
 */
@Component
class PlanTodo implements TodoContributor {

    private final PlanSummaries summaries;
    private final PlanWork work;

    PlanTodo(PlanSummaries summaries, PlanWork work) {
        this.summaries = summaries;
        this.work = work;
    }

    @Override
    public List<TodoItem> items(TodoRequest request) {
        List<CentreSummary> covered = request.covered();
        if (covered.isEmpty()) {
            return List.of();
        }
        int year = work.thisYear();
        Map<Long, Map<Integer, PlanState>> states = summaries.states(
                covered.stream().map(CentreSummary::id).toList(), List.of(year, year - 1));
        List<TodoItem> items = new ArrayList<>();
        for (CentreSummary centre : covered) {
            Map<Integer, PlanState> plans = states.getOrDefault(centre.id(), Map.of());
            PlanState current = plans.getOrDefault(year, PlanState.none(year));
            if (R12.RULE.check(year, current).deficient()) {
                items.add(TodoItem.of(centre.id(), centre.name(),
                        current.exists() ? "todo.plan.goals" : "todo.plan.draw-up", R12.RULE.id(), null,
                        "/centres/" + centre.id() + "/plans" + (current.exists() ? "/" + year : ""), String.valueOf(year)));
            }
            PlanState last = plans.getOrDefault(year - 1, PlanState.none(year - 1));
            if (last.exists() && R12.RULE.check(year, last).deficient()) {
                items.add(TodoItem.of(centre.id(), centre.name(), "todo.plan.follow-up", R12.RULE.id(),
                        LocalDate.of(year - 1, 12, 31), "/centres/" + centre.id() + "/plans/" + (year - 1),
                        String.valueOf(year - 1)));
            }
        }
        return items;
    }
}

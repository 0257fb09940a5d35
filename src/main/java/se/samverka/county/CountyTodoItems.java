package se.samverka.county;

import org.springframework.stereotype.Component;
import se.samverka.rules.R4a;
import se.samverka.todo.TodoContributor;
import se.samverka.todo.TodoItem;
import se.samverka.todo.TodoRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The county's own part of the to-do list of its follow-up: the regional agreement's last day for notice from 90
 * days before (R4a), and the parties in the part of the county followed without a recorded adoption (R4b). What the
 * county follows of each centre (agreements, checklists) comes from the modules' own items for every centre it follows.
 */
@Component
class CountyTodoItems implements TodoContributor {

    private final CountyScope scope;
    private final CountyOverview overview;

    CountyTodoItems(CountyScope scope, CountyOverview overview) {
        this.scope = scope;
        this.overview = overview;
    }

    @Override
    public List<TodoItem> items(TodoRequest request) {
        if (!CountyScope.followsCounty(request.actor())) {
            return List.of();
        }
        List<TodoItem> items = new ArrayList<>();
        CountyOverview.Term term = CountyOverview.term(request.today());
        if (term.noticeSoon()) {
            items.add(new TodoItem(null, null, "todo.county.notice", List.of(), R4a.RULE.id(),
                    term.period().noticeDeadline(), "/lan", false));
        }
        List<Party> parties = overview.partiesIn(scope.of(request.actor()));
        long notAdopted = parties.stream().filter(p -> p.adoption().isEmpty()).count();
        if (notAdopted > 0) {
            items.add(new TodoItem(null, null, "todo.county.not-adopted", List.of(notAdopted, parties.size()), "R4b",
                    null, "/lan/parter", false));
        }
        return items;
    }
}

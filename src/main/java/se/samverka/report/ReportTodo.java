package se.samverka.report;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreSummary;
import se.samverka.rules.Finding;
import se.samverka.rules.R11_2b;
import se.samverka.rules.ReportState;
import se.samverka.todo.TodoContributor;
import se.samverka.todo.TodoItem;
import se.samverka.todo.TodoRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Last year's activity report to compile and adopt (R11.2b), for every family centre and family-centre-like operation,
 * in one statement. The agreement sets no day for it, so it has none.
 */
@Component
class ReportTodo implements TodoContributor {

    private final ReportChecklist checklist;
    private final ReportWork work;

    ReportTodo(ReportChecklist checklist, ReportWork work) {
        this.checklist = checklist;
        this.work = work;
    }

    @Override
    public List<TodoItem> items(TodoRequest request) {
        List<CentreSummary> covered = request.covered();
        if (covered.isEmpty()) {
            return List.of();
        }
        int year = work.thisYear();
        Map<Long, ReportState> reports = checklist.reportsOf(covered.stream().map(CentreSummary::id).toList(),
                year - 1);
        List<TodoItem> items = new ArrayList<>();
        for (CentreSummary centre : covered) {
            ReportState report = reports.get(centre.id());
            Finding finding = R11_2b.RULE.check(year, report);
            if (finding.deficient()) {
                items.add(TodoItem.of(centre.id(), centre.name(),
                        report.exists() ? "todo.report.adopt" : "todo.report.compile", finding.ruleId(), null,
                        "/centres/" + centre.id() + "/reports/" + (year - 1), String.valueOf(year - 1)));
            }
        }
        return items;
    }
}

package se.samverka.premises;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreSummary;
import se.samverka.todo.TodoContributor;
import se.samverka.todo.TodoItem;
import se.samverka.todo.TodoRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fire-safety checks (Bilaga 1, avsnitt 12) overdue or due within {@value #WITHIN_DAYS} days, of the centres
 * that have recorded their premises, when {@link Due} says: the interval after the last check of the kind, or now when
 * none has been logged. One statement for all the centres.
 */
@Component
class PremisesTodo implements TodoContributor {

    static final int WITHIN_DAYS = 30;

    private final JdbcClient jdbc;

    PremisesTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> items(TodoRequest request) {
        if (request.centres().isEmpty()) {
            return List.of();
        }
        LocalDate today = request.today();
        LocalDate horizon = today.plusDays(WITHIN_DAYS);
        Map<Long, CentreSummary> centres = request.byId();
        List<TodoItem> items = new ArrayList<>();
        jdbc.sql("""
                        select p.centre_id, p.round_interval_months, p.alarm_check_interval_months,
                               p.drill_interval_months,
                               max(c.performed_on) filter (where c.kind = 'ROUND') as last_round,
                               max(c.performed_on) filter (where c.kind = 'ALARM_CHECK') as last_alarm_check,
                               max(c.performed_on) filter (where c.kind = 'EVACUATION_DRILL') as last_drill
                        from premises p left join fire_safety_check c on c.centre_id = p.centre_id
                        where p.centre_id = any(cast(:centres as bigint[]))
                        group by p.centre_id, p.round_interval_months, p.alarm_check_interval_months,
                                 p.drill_interval_months""")
                .param("centres", request.centreIds().toArray(Long[]::new))
                .query(row -> {
                    CentreSummary centre = centres.get(row.getLong("centre_id"));
                    List<Due> dues = List.of(
                            Due.of(FireSafetyKind.ROUND, row.getInt("round_interval_months"),
                                    row.getObject("last_round", LocalDate.class), today),
                            Due.of(FireSafetyKind.ALARM_CHECK, row.getInt("alarm_check_interval_months"),
                                    row.getObject("last_alarm_check", LocalDate.class), today),
                            Due.of(FireSafetyKind.EVACUATION_DRILL, row.getInt("drill_interval_months"),
                                    row.getObject("last_drill", LocalDate.class), today));
                    for (Due due : dues) {
                        if (!due.next().isAfter(horizon)) {
                            items.add(TodoItem.of(centre.id(), centre.name(),
                                    due.last() == null ? "todo.fire-safety.never" : "todo.fire-safety.due", null,
                                    due.next(), "/centres/" + centre.id() + "/premises",
                                    TodoItem.term("premises.check." + due.kind())));
                        }
                    }
                });
        return items;
    }
}

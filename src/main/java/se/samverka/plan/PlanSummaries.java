package se.samverka.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.platform.RequestMemo;
import se.samverka.rules.PlanState;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a centre's page and its checklist need of this year's and last year's plans, in one statement, once per GET
 * request, without loading the plans' goals, activities and follow-ups.
 */
@Component
class PlanSummaries {

    /** A plan as the centre's page shows it; {@code latest…} are null before the first follow-up. */
    record PlanSummary(int year, boolean locked, boolean overallEvaluation, int goalCount, int activeGoals,
                       int unassessedGoals, LocalDate latestEnteredOn, String latestValue, String latestGoal) {

        /** As {@link Plan#evaluated()}: every goal pursued assessed and an overall text. */
        boolean evaluated() {
            return activeGoals > 0 && overallEvaluation && unassessedGoals == 0;
        }

        PlanState state() {
            return new PlanState(year, true, activeGoals > 0, locked && evaluated());
        }
    }

    private final JdbcClient jdbc;
    private final PlanWork work;

    PlanSummaries(JdbcClient jdbc, PlanWork work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    /** This year's and last year's plans of the centre, by year; a year without a plan is missing. */
    Map<Integer, PlanSummary> recent(long centreId) {
        int year = work.thisYear();
        return RequestMemo.remember("plan-summaries-" + centreId + "-" + year, () -> jdbc.sql("""
                        select p.year, p.locked_at is not null as locked,
                               p.overall_evaluation is not null as overall_evaluation,
                               (select count(*) from plan_goal g where g.plan_id = p.id) as goal_count,
                               (select count(*) from plan_goal g where g.plan_id = p.id and not g.withdrawn)
                                   as active_goals,
                               (select count(*) from plan_goal g
                                where g.plan_id = p.id and not g.withdrawn and g.assessment is null)
                                   as unassessed_goals,
                               f.entered_on as latest_entered_on, f.value as latest_value, g.text as latest_goal
                        from plan p
                        left join lateral (select entered_on, value, goal_key from plan_follow_up
                                           where plan_id = p.id order by entered_on desc, id desc limit 1) f on true
                        left join plan_goal g on g.plan_id = p.id and g.goal_key = f.goal_key
                        where p.centre_id = :centre and p.year in (:years)
                        """)
                .param("centre", centreId)
                .param("years", List.of(year, year - 1))
                .query(PlanSummary.class)
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(PlanSummary::year, Function.identity())));
    }

    private record StateRow(long centreId, int year, boolean locked, boolean overallEvaluation, int activeGoals,
                            int unassessedGoals) {

        PlanState state() {
            return new PlanSummary(year, locked, overallEvaluation, 0, activeGoals, unassessedGoals, null, null, null)
                    .state();
        }
    }

    /** What R12 needs of each centre's plans for the years, in one statement; a year without a plan is missing. */
    Map<Long, Map<Integer, PlanState>> states(List<Long> centreIds, List<Integer> years) {
        Map<Long, Map<Integer, PlanState>> states = new java.util.HashMap<>();
        jdbc.sql("""
                        select p.centre_id, p.year, p.locked_at is not null as locked,
                               p.overall_evaluation is not null as overall_evaluation,
                               count(g.plan_id) filter (where not g.withdrawn) as active_goals,
                               count(g.plan_id) filter (where not g.withdrawn and g.assessment is null)
                                   as unassessed_goals
                        from plan p left join plan_goal g on g.plan_id = p.id
                        where p.centre_id = any(cast(:centres as bigint[])) and p.year = any(cast(:years as integer[]))
                        group by p.id""")
                .param("centres", centreIds.toArray(Long[]::new))
                .param("years", years.toArray(Integer[]::new))
                .query(StateRow.class).list()
                .forEach(row -> states.computeIfAbsent(row.centreId(), id -> new java.util.HashMap<>())
                        .put(row.year(), row.state()));
        return states;
    }

    /** What R12 needs of the centre's plan for this year or last year. */
    PlanState state(long centreId, int year) {
        PlanSummary plan = recent(centreId).get(year);
        return plan == null ? PlanState.none(year) : plan.state();
    }
}

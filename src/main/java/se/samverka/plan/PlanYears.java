package se.samverka.plan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.PlanState;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The plan module's public answer to "what did this centre plan, follow up and evaluate in a year?". Not audited. */
@Component
public class PlanYears {

    private final PlanWork work;
    private final PlanSummaries summaries;

    PlanYears(PlanWork work, PlanSummaries summaries) {
        this.work = work;
        this.summaries = summaries;
    }

    /** What R12 needs of each centre's plan for the year, in one statement; a centre without a plan has none. */
    @Transactional(readOnly = true)
    public Map<Long, PlanState> states(Collection<Long> centreIds, int year) {
        Map<Long, Map<Integer, PlanState>> found = summaries.states(List.copyOf(centreIds), List.of(year));
        Map<Long, PlanState> states = new HashMap<>();
        centreIds.forEach(id -> states.put(id, found.getOrDefault(id, Map.of())
                .getOrDefault(year, PlanState.none(year))));
        return states;
    }

    /** The calendar years the centre has a plan for, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(long centreId) {
        return work.plans(centreId).stream().map(Plan::year).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlanYear> of(long centreId, int year) {
        return work.view(centreId, year).map(PlanYears::summary);
    }

    private static PlanYear summary(PlanWork.PlanView view) {
        Plan plan = view.plan();
        List<PlanYear.GoalOutcome> goals = view.goals().stream().map(g -> {
            FollowUp latest = latest(g.followUps());
            Goal goal = g.goal();
            return new PlanYear.GoalOutcome(goal.text(), goal.indicator(), goal.target(), goal.operations(),
                    latest == null ? null : latest.value(), latest == null ? null : latest.enteredOn(),
                    goal.assessment(), goal.assessmentComment(), texts(g.corrections()), goal.withdrawn());
        }).toList();
        List<PlanYear.PlannedActivity> activities = plan.activities().stream()
                .map(a -> new PlanYear.PlannedActivity(a.kind(), a.title(), a.plannedOn(), a.month(), a.operations()))
                .toList();
        return new PlanYear(plan.year(), plan.lockedOn(), goals, activities, plan.overallEvaluation(),
                texts(view.overallCorrections()));
    }

    /** The newest entry (the views come newest first) that no other entry corrects. */
    private static FollowUp latest(List<PlanWork.FollowUpView> entries) {
        Set<Long> corrected = entries.stream().map(e -> e.entry().corrects()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return entries.stream().map(PlanWork.FollowUpView::entry).filter(e -> !corrected.contains(e.id()))
                .findFirst().orElse(null);
    }

    private static List<PlanYear.CorrectionNote> texts(Collection<Correction> corrections) {
        return corrections.stream().map(c -> new PlanYear.CorrectionNote(c.recordedOn(), c.text())).toList();
    }
}

package se.samverka.plan;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.ChecklistCentre;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.Finding;
import se.samverka.rules.PlanState;
import se.samverka.rules.R12;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R12 on the checklist of every family centre and family-centre-like operation: this year's plan, and last year's
 * evaluation when there was a plan last year.
 */
@Component
@Order(30)
class PlanChecklist implements ChecklistContributor {

    private final PlanWork work;
    private final PlanSummaries summaries;

    PlanChecklist(PlanWork work, PlanSummaries summaries) {
        this.work = work;
        this.summaries = summaries;
    }

    @Override
    public List<Finding> findings(ChecklistCentre centre) {
        if (!centre.covered()) {
            return List.of();
        }
        int year = work.thisYear();
        return check(year, summaries.state(centre.id(), year), summaries.state(centre.id(), year - 1));
    }

    @Override
    public Map<Long, List<Finding>> findings(List<ChecklistCentre> centres) {
        List<ChecklistCentre> covered = centres.stream().filter(ChecklistCentre::covered).toList();
        int year = work.thisYear();
        Map<Long, Map<Integer, PlanState>> states = summaries.states(
                covered.stream().map(ChecklistCentre::id).toList(), List.of(year, year - 1));
        Map<Long, List<Finding>> findings = new HashMap<>();
        for (ChecklistCentre centre : covered) {
            Map<Integer, PlanState> plans = states.getOrDefault(centre.id(), Map.of());
            findings.put(centre.id(), check(year, plans.getOrDefault(year, PlanState.none(year)),
                    plans.getOrDefault(year - 1, PlanState.none(year - 1))));
        }
        return findings;
    }

    private static List<Finding> check(int year, PlanState current, PlanState last) {
        List<Finding> findings = new ArrayList<>();
        findings.add(R12.RULE.check(year, current));
        if (last.exists()) {
            findings.add(R12.RULE.check(year, last));
        }
        return findings;
    }
}

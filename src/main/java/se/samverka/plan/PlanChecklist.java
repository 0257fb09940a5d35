package se.samverka.plan;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.PlanState;
import se.samverka.rules.R12;

import java.util.ArrayList;
import java.util.List;

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
    public List<Finding> findings(CentreView centre) {
        CentreKind kind = centre.classification().kind();
        if (kind != CentreKind.FAMILY_CENTRE && kind != CentreKind.FAMILY_CENTRE_LIKE) {
            return List.of();
        }
        int year = work.thisYear();
        List<Finding> findings = new ArrayList<>();
        findings.add(R12.RULE.check(year, summaries.state(centre.id(), year)));
        PlanState last = summaries.state(centre.id(), year - 1);
        if (last.exists()) {
            findings.add(R12.RULE.check(year, last));
        }
        return findings;
    }
}

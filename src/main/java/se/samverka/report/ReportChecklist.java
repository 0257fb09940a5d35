package se.samverka.report;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.R11_2b;

import java.util.List;

/** R11.2b on the checklist of every family centre and family-centre-like operation: last year's activity report. */
@Component
@Order(40)
class ReportChecklist implements ChecklistContributor {

    private final ReportWork work;

    ReportChecklist(ReportWork work) {
        this.work = work;
    }

    @Override
    public List<Finding> findings(CentreView centre) {
        if (centre.classification().kind() == CentreKind.NOT_COVERED) {
            return List.of();
        }
        int year = work.thisYear();
        return List.of(R11_2b.RULE.check(year, work.state(centre.id(), year - 1)));
    }
}

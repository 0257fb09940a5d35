package se.samverka.premises;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.R14d;

import java.util.EnumSet;
import java.util.List;

/** R14d on the checklist of every family centre and family-centre-like operation. */
@Component
@Order(20)
class PremisesChecklist implements ChecklistContributor {

    private final PremisesWork work;

    PremisesChecklist(PremisesWork work) {
        this.work = work;
    }

    @Override
    public List<Finding> findings(CentreView centre) {
        if (centre.classification().kind() == CentreKind.NOT_COVERED) {
            return List.of();
        }
        return R14d.RULE.check(work.recorded(centre.id()).map(Premises::kinds)
                .orElseGet(() -> EnumSet.noneOf(se.samverka.rules.SharedArea.class)));
    }
}

package se.samverka.plan;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** This year's operational plan on the centre's page: how many goals, the latest follow-up, a link. */
@Component
@Order(30)
class PlanCentreSection implements CentrePageSection {

    private final PlanWork work;
    private final PlanSummaries summaries;

    PlanCentreSection(PlanWork work, PlanSummaries summaries) {
        this.work = work;
        this.summaries = summaries;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        int year = work.thisYear();
        Map<String, Object> model = new HashMap<>();
        model.put("centreId", centre.id());
        model.put("year", year);
        model.put("plan", summaries.recent(centre.id()).get(year));
        return Optional.of(new Section("plan/centre-section", model));
    }
}

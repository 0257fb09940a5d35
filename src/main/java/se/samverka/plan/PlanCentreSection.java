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

    PlanCentreSection(PlanWork work) {
        this.work = work;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        int year = work.thisYear();
        Map<String, Object> model = new HashMap<>();
        model.put("centreId", centre.id());
        model.put("year", year);
        model.put("plan", null);
        model.put("latest", null);
        model.put("latestGoal", null);
        work.view(centre.id(), year).ifPresent(view -> {
            model.put("plan", view.plan());
            if (view.latest() != null) {
                model.put("latest", view.latest());
                model.put("latestGoal", view.plan().goal(view.latest().goalKey()).text());
            }
        });
        return Optional.of(new Section("plan/centre-section", model));
    }
}

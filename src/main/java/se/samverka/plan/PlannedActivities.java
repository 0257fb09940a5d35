package se.samverka.plan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The activities of a centre's operational plan for a year, as another module may publish them. Not audited. */
@Component
public class PlannedActivities {

    /**
     * A planned activity, named by its key within the plan.
     *
     * @param plannedOn its date, or null when only its month (1–12) is planned
     */
    public record Planned(int key, ActivityKind kind, String title, LocalDate plannedOn, int month) {
    }

    private final Plans plans;

    PlannedActivities(Plans plans) {
        this.plans = plans;
    }

    /** The plan's activities in the plan's order; none without a plan for the year. */
    @Transactional(readOnly = true)
    public List<Planned> of(long centreId, int year) {
        return plans.findByCentreIdAndYear(centreId, year).map(plan -> plan.activities().stream()
                .map(a -> new Planned(a.activityKey(), a.kind(), a.title(), a.plannedOn(), a.month()))
                .toList()).orElse(List.of());
    }

    public Optional<Planned> find(long centreId, int year, int key) {
        return of(centreId, year).stream().filter(a -> a.key() == key).findFirst();
    }
}

package se.samverka.economy;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.BaseOperation;

import java.time.Clock;
import java.time.LocalDate;

/** The demo's shared costs for this year's first quarter: the coordinator and the rent of shared areas. */
@Component
@Profile("demo")
public class EconomyDemo {

    private final SharedCosts costs;
    private final Clock clock;

    EconomyDemo(SharedCosts costs, Clock clock) {
        this.costs = costs;
        this.clock = clock;
    }

    @Transactional
    public void costs(long centreId) {
        int year = LocalDate.now(clock).getYear();
        costs.add(centreId, new CostInput(year, "Q1", CostCategory.COORDINATOR_SALARY,
                "Samordnarens lön med sociala avgifter, januari–mars", 16_500_000L, BaseOperation.OPEN_PRESCHOOL, null));
        costs.add(centreId, new CostInput(year, "Q1", CostCategory.PREMISES_RENT,
                "Hyra för gemensamma ytor, 140 kvm", 4_200_000L, BaseOperation.OPEN_PRESCHOOL, null));
        costs.add(centreId, new CostInput(year, "Q1", CostCategory.PREMISES_CLEANING,
                "Lokalvård av gemensamma ytor", 1_850_050L, BaseOperation.CHILD_HEALTH, null));
    }
}

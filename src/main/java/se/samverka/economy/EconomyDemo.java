package se.samverka.economy;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.BaseOperation;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo's shared costs for this year's first quarter: the coordinator, the rent of shared areas that the demo's
 * usage-right agreement splits, and cleaning.
 */
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
        // the child health clinic's 40 % of it is the 42 000 kr a quarter of the demo's usage-right agreement
        costs.add(centreId, new CostInput(year, "Q1", CostCategory.PREMISES_RENT,
                "Hyra för gemensamma ytor, 140 kvm, januari–mars", 10_500_000L, BaseOperation.OPEN_PRESCHOOL, null));
        costs.add(centreId, new CostInput(year, "Q1", CostCategory.PREMISES_CLEANING,
                "Lokalvård av gemensamma ytor", 1_850_050L, BaseOperation.CHILD_HEALTH, null));
    }
}

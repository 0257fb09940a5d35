package se.samverka.economy;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** This year's shared costs on a centre's page: the total, and what is still to settle in open periods. */
@Component
@Order(20)
class EconomyCentreSection implements CentrePageSection {

    private final SharedCosts costs;
    private final Clock clock;

    EconomyCentreSection(SharedCosts costs, Clock clock) {
        this.costs = costs;
        this.clock = clock;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        if (!may.contains(CentreAction.VIEW_ECONOMY)) {
            return Optional.empty();
        }
        int year = LocalDate.now(clock).getYear();
        List<se.samverka.rules.BaseOperation> operations = centre.participations().stream()
                .map(CentreView.ParticipationView::operation).distinct().sorted().toList();
        List<CostItem> items = costs.items(centre.id(), year);
        Set<String> closed = costs.closedPeriods(centre.id(), year);
        Map<String, se.samverka.rules.BaseOperation> byUnit = new HashMap<>();
        centre.participations().forEach(p -> byUnit.putIfAbsent(p.unit().name(), p.operation()));
        long unsettled = costs.unsettledOre(centre.id(), year, items, closed, operations, byUnit);
        long open = items.stream().filter(i -> !closed.contains(i.period())).count();
        return Optional.of(new Section("economy/centre-section", Map.of(
                "centreId", centre.id(),
                "year", year,
                "total", Money.kronor(items.stream().mapToLong(CostItem::amountOre).sum()),
                "unsettled", Money.kronor(unsettled),
                "openItems", open,
                "canChange", may.contains(CentreAction.PREPARE))));
    }
}

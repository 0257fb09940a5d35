package se.samverka.economy;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.CostShare;
import se.samverka.rules.R14a;
import se.samverka.rules.R14b;
import se.samverka.rules.R14c;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A settlement period of a centre: each cost item split among the participating base operations, the
 * coordinator's cost equally (R14a), other shared costs equally or by the local key (R14b), to the öre (R14c);
 * and what each operation owes each other, netted per pair. Other actors pay nothing.
 *
 * @param closed the closing, or null while the period is open
 */
record Settlement(long centreId, int year, String period, List<BaseOperation> operations, R14b.Basis basis,
                  List<Line> lines, List<Debt> debts, List<Balance> balances, ClosedPeriod closed) {

    /** One item and its parts; {@code shares} is empty when its payer no longer takes part. */
    record Line(CostItem item, boolean coordinator, List<CostShare> shares) {

        public long share(BaseOperation operation) {
            return shares.stream().filter(s -> s.operation() == operation).mapToLong(CostShare::shareOre).sum();
        }

        public String shareText(BaseOperation operation) {
            return Money.format(share(operation));
        }

        public boolean split() {
            return !shares.isEmpty();
        }
    }

    /** After netting: {@code from} owes {@code to} this many öre. */
    record Debt(BaseOperation from, BaseOperation to, long ore) {

        public String amount() {
            return Money.kronor(ore);
        }
    }

    /** What an operation paid, its part, and the difference: above zero it is owed, below zero it owes. */
    record Balance(BaseOperation operation, long paidOre, long shareOre) {

        public long netOre() {
            return paidOre - shareOre;
        }

        public String paid() {
            return Money.kronor(paidOre);
        }

        public String share() {
            return Money.kronor(shareOre);
        }

        public String net() {
            return Money.kronor(netOre());
        }
    }

    static Settlement of(long centreId, int year, String period, List<BaseOperation> participating,
                         Map<BaseOperation, BigDecimal> key, List<CostItem> items, ClosedPeriod closed,
                         LocalDate establishedOn) {
        List<BaseOperation> operations = participating.stream().distinct().sorted().toList();
        boolean keyFits = !key.isEmpty() && key.keySet().equals(new HashSet<>(operations))
                && key.values().stream().anyMatch(w -> w.signum() > 0);
        R14b.Basis basis = R14b.RULE.basis(establishedOn, keyFits);
        List<Line> lines = new ArrayList<>();
        Map<BaseOperation, Map<BaseOperation, Long>> owes = new EnumMap<>(BaseOperation.class);
        for (CostItem item : items) {
            if (operations.isEmpty() || !operations.contains(item.payer())) {
                lines.add(new Line(item, item.category().coordinator(), List.of()));
                continue;
            }
            List<CostShare> shares = item.category().coordinator()
                    ? R14a.RULE.coordinatorCost(item.amountOre(), operations, item.payer())
                    : R14c.RULE.settle(item.amountOre(), operations, item.payer(), keyFits ? key : null);
            lines.add(new Line(item, item.category().coordinator(), shares));
            for (CostShare share : shares) {
                if (share.owesPayerOre() > 0) {
                    owes.computeIfAbsent(share.operation(), k -> new EnumMap<>(BaseOperation.class))
                            .merge(item.payer(), share.owesPayerOre(), Long::sum);
                }
            }
        }
        List<Debt> debts = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            for (int j = i + 1; j < operations.size(); j++) {
                BaseOperation a = operations.get(i);
                BaseOperation b = operations.get(j);
                long net = owed(owes, a, b) - owed(owes, b, a);
                if (net > 0) {
                    debts.add(new Debt(a, b, net));
                } else if (net < 0) {
                    debts.add(new Debt(b, a, -net));
                }
            }
        }
        List<Balance> balances = operations.stream().map(op -> new Balance(op,
                lines.stream().filter(l -> l.split() && l.item().payer() == op).mapToLong(l -> l.item().amountOre()).sum(),
                lines.stream().mapToLong(l -> l.share(op)).sum())).toList();
        return new Settlement(centreId, year, period, operations, basis, List.copyOf(lines), List.copyOf(debts),
                balances, closed);
    }

    private static long owed(Map<BaseOperation, Map<BaseOperation, Long>> owes, BaseOperation from, BaseOperation to) {
        return owes.getOrDefault(from, Map.of()).getOrDefault(to, 0L);
    }

    public long totalOre() {
        return lines.stream().mapToLong(l -> l.item().amountOre()).sum();
    }

    public String total() {
        return Money.kronor(totalOre());
    }

    public long unsettledOre() {
        return closed == null ? debts.stream().mapToLong(Debt::ore).sum() : 0;
    }

    public boolean locked() {
        return closed != null;
    }

    public String periodLabel() {
        return PeriodLength.label(period);
    }

    /** Items whose payer does not take part: left out of the split until corrected. */
    public boolean hasUnsplit() {
        return lines.stream().anyMatch(l -> !l.split());
    }
}

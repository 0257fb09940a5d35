package se.samverka.economy;

import se.samverka.agreement.CompensationPeriod;
import se.samverka.agreement.PremisesShares;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CostShare;
import se.samverka.rules.R14a;
import se.samverka.rules.R14b;
import se.samverka.rules.R14c;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A settlement period of a centre: each cost item split among the participating base operations, the
 * coordinator's cost equally (R14a), other shared costs equally or by the local key (R14b), to the öre (R14c);
 * and what each operation owes each other, netted per pair. Other actors pay nothing. The rent of shared areas
 * follows the shares of the premises that the usage-right agreements in force on the period's first day set, unless
 * the year has a key of its own (the local agreement's, entered in the settings).
 *
 * @param premises the shares of the usage-right agreements, or null when none is in force
 * @param rentKey  how the rent of shared areas is split
 * @param closed   the closing, or null while the period is open
 */
record Settlement(long centreId, int year, String period, List<BaseOperation> operations, R14b.Basis basis,
                  PremisesShares premises, RentKey rentKey, List<Line> lines, List<Debt> debts,
                  List<Balance> balances, ClosedPeriod closed) {

    /** Where the key for the rent of shared areas comes from. */
    enum RentKey {
        /** No usage-right agreement in force sets shares: the rent is split as the other shared costs. */
        NONE,
        /** The shares of the premises that the usage-right agreements set. */
        USAGE_RIGHT,
        /** A usage-right agreement sets shares, but the year's own key applies to all other shared costs. */
        LOCAL_KEY
    }

    /**
     * One item and its parts; {@code shares} is empty when its payer no longer takes part.
     *
     * @param byUsageRight split by the usage-right agreements' shares of the premises
     */
    record Line(CostItem item, boolean coordinator, boolean byUsageRight, List<CostShare> shares) {

        public long share(BaseOperation operation) {
            return shares.stream().filter(s -> s.operation() == operation).mapToLong(CostShare::shareOre).sum();
        }

        public String shareText(BaseOperation operation) {
            return Money.format(share(operation));
        }

        public String shareKronor(BaseOperation operation) {
            return Money.kronor(share(operation));
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
                         Map<BaseOperation, BigDecimal> key, PremisesShares premises, List<CostItem> items,
                         ClosedPeriod closed, LocalDate establishedOn) {
        List<BaseOperation> operations = participating.stream().distinct().sorted().toList();
        boolean keyFits = !key.isEmpty() && key.keySet().equals(new HashSet<>(operations))
                && key.values().stream().anyMatch(w -> w.signum() > 0);
        R14b.Basis basis = R14b.RULE.basis(establishedOn, keyFits);
        Map<BaseOperation, BigDecimal> rent = null;
        RentKey rentKey = RentKey.NONE;
        if (premises != null && keyFits) {
            rentKey = RentKey.LOCAL_KEY;
        } else if (premises != null) {
            Map<BaseOperation, BigDecimal> shares = new EnumMap<>(BaseOperation.class);
            operations.forEach(op -> shares.put(op, premises.shares().getOrDefault(op, BigDecimal.ZERO)));
            if (shares.values().stream().anyMatch(w -> w.signum() > 0)) {
                rent = shares;
                rentKey = RentKey.USAGE_RIGHT;
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<BaseOperation, Map<BaseOperation, Long>> owes = new EnumMap<>(BaseOperation.class);
        for (CostItem item : items) {
            boolean byUsageRight = rent != null && item.category() == CostCategory.PREMISES_RENT;
            if (operations.isEmpty() || !operations.contains(item.payer())) {
                lines.add(new Line(item, item.category().coordinator(), byUsageRight, List.of()));
                continue;
            }
            List<CostShare> shares = item.category().coordinator()
                    ? R14a.RULE.coordinatorCost(item.amountOre(), operations, item.payer())
                    : R14c.RULE.settle(item.amountOre(), operations, item.payer(),
                    byUsageRight ? rent : keyFits ? key : null);
            lines.add(new Line(item, item.category().coordinator(), byUsageRight, shares));
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
        return new Settlement(centreId, year, period, operations, basis, premises, rentKey, List.copyOf(lines),
                List.copyOf(debts), balances, closed);
    }

    /**
     * What a usage-right agreement says its user pays the grantor for the period (Bilaga 2 §4), beside the user's
     * part of the period's rent of shared areas in this settlement.
     */
    record Compensation(PremisesShares.UsageRight usageRight, long agreedOre, long settledOre) {

        public boolean agrees() {
            return agreedOre == settledOre;
        }

        public String agreed() {
            return Money.kronor(agreedOre);
        }

        public String settled() {
            return Money.kronor(settledOre);
        }
    }

    /** For each usage right with a compensation, when the rent is split by the shares: does the settlement agree? */
    public List<Compensation> compensations() {
        if (rentKey != RentKey.USAGE_RIGHT) {
            return List.of();
        }
        int months = PeriodLength.of(period).months();
        return premises.agreements().stream()
                .filter(u -> u.compensationOre() != null && u.compensationPeriod() != null)
                .map(u -> new Compensation(u, BigDecimal.valueOf(u.compensationOre())
                        .multiply(BigDecimal.valueOf(months))
                        .divide(BigDecimal.valueOf(months(u.compensationPeriod())), 0, RoundingMode.HALF_UP)
                        .longValueExact(),
                        lines.stream().filter(Line::byUsageRight).mapToLong(l -> l.share(u.user())).sum()))
                .toList();
    }

    private static int months(CompensationPeriod period) {
        return switch (period) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
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

    /** The operation's part of all the period's items. */
    public String shareTotal(BaseOperation operation) {
        return Money.kronor(lines.stream().mapToLong(l -> l.share(operation)).sum());
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

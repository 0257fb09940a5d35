package se.samverka.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * R14c: shared costs are split to the öre, and the parts always sum to the whole. An equal split that does
 * not divide evenly gives one extra öre each to the first parties of a stated order; a split by a key gives
 * them by largest remainder, ties in the stated order. In a settlement the paying party comes first, so the
 * others owe the payer an equal, rounded-down part.
 */
public final class R14c implements Rule {

    public static final R14c RULE = new R14c();

    private R14c() {
    }

    @Override
    public String id() {
        return "R14c";
    }

    @Override
    public String section() {
        return "14.1";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Den verksamhet där samordnaren anställs ersätts av övriga ingående verksamheter med respektive del av "
                + "kostnaden.";
    }

    /** Equal parts of {@code totalOre} in the order given; the first parties take the öre left over. */
    public <P> Map<P, Long> equalSplit(long totalOre, List<P> order) {
        requireParties(totalOre, order.size());
        long part = totalOre / order.size();
        long left = totalOre % order.size();
        Map<P, Long> parts = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            if (parts.put(order.get(i), part + (i < left ? 1 : 0)) != null) {
                throw new IllegalArgumentException("A party is named twice");
            }
        }
        return parts;
    }

    /**
     * Parts of {@code totalOre} in proportion to the weights, in the weights' order: each party gets its
     * rounded-down part and the öre left over go one each by largest remainder, ties in the order given.
     */
    public <P> Map<P, Long> splitByKey(long totalOre, Map<P, BigDecimal> weights) {
        requireParties(totalOre, weights.size());
        BigDecimal sum = weights.values().stream().peek(R14c::requireWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("A key needs a weight above zero");
        }
        List<P> order = new ArrayList<>(weights.keySet());
        BigDecimal total = BigDecimal.valueOf(totalOre);
        Map<P, Long> parts = new LinkedHashMap<>();
        Map<P, BigDecimal> remainders = new LinkedHashMap<>();
        long given = 0;
        for (P party : order) {
            BigDecimal[] division = total.multiply(weights.get(party)).divideAndRemainder(sum);
            long part = division[0].longValueExact();
            parts.put(party, part);
            remainders.put(party, division[1]);
            given += part;
        }
        List<P> byRemainder = new ArrayList<>(order);
        byRemainder.sort(Comparator.comparing((P p) -> remainders.get(p)).reversed()
                .thenComparingInt(order::indexOf));
        for (int i = 0; i < totalOre - given; i++) {
            parts.merge(byRemainder.get(i), 1L, Long::sum);
        }
        return parts;
    }

    /**
     * What each participating base operation, named once, pays and owes the payer, in the agreement's order of
     * operations. The payer takes the öre that do not divide first; the others follow in that order.
     */
    public List<CostShare> settle(long totalOre, List<BaseOperation> participating, BaseOperation payer,
                                  Map<BaseOperation, BigDecimal> key) {
        if (participating.stream().anyMatch(Objects::isNull)
                || Set.copyOf(participating).size() != participating.size()) {
            throw new IllegalArgumentException("Each participating operation is named once");
        }
        if (payer == null || !participating.contains(payer)) {
            throw new IllegalArgumentException("The payer is one of the participating operations");
        }
        List<BaseOperation> order = new ArrayList<>();
        order.add(payer);
        participating.stream().sorted().filter(op -> op != payer).forEach(order::add);
        Map<BaseOperation, Long> parts;
        if (key == null) {
            parts = equalSplit(totalOre, order);
        } else {
            if (!key.keySet().equals(Set.copyOf(order))) {
                throw new IllegalArgumentException("A key names every participating operation");
            }
            Map<BaseOperation, BigDecimal> ordered = new LinkedHashMap<>();
            order.forEach(op -> ordered.put(op, key.get(op)));
            parts = splitByKey(totalOre, ordered);
        }
        List<CostShare> shares = new ArrayList<>();
        participating.stream().sorted().forEach(op ->
                shares.add(new CostShare(op, parts.get(op), op == payer ? 0 : parts.get(op))));
        return List.copyOf(shares);
    }

    private static void requireParties(long totalOre, int parties) {
        if (totalOre < 0) {
            throw new IllegalArgumentException("A cost is zero or more");
        }
        if (parties < 1) {
            throw new IllegalArgumentException("A cost is split among at least one party");
        }
    }

    private static void requireWeight(BigDecimal weight) {
        if (weight == null || weight.signum() < 0) {
            throw new IllegalArgumentException("A weight is zero or more");
        }
    }
}

package se.samverka.economy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.AgreementTerms;
import se.samverka.agreement.PremisesShares;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.platform.Refusal;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A centre's shared costs: cost items, each year's settings and the closing of settlements. Does not authorise:
 * the pages decide with {@link EconomyAccess} first. Costs are not personal data, so reads are not audited; every
 * change is, in the transaction of the change. Items of a closed period never change.
 */
@Service
class SharedCosts {

    static final String ITEM = "economy_cost_item";
    static final String YEAR = "economy_year";
    static final String SETTLEMENT = "economy_settlement";

    private final CostItems items;
    private final EconomyYears years;
    private final ClosedPeriods closings;
    private final AuditLog audit;
    private final Clock clock;
    private final Texts texts;
    private final JdbcClient jdbc;
    private final AgreementTerms agreements;

    SharedCosts(CostItems items, EconomyYears years, ClosedPeriods closings, AuditLog audit, Clock clock, Texts texts,
                JdbcClient jdbc, AgreementTerms agreements) {
        this.agreements = agreements;
        this.items = items;
        this.years = years;
        this.closings = closings;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public EconomyYear year(long centreId, int year) {
        return years.findByCentreIdAndYear(centreId, year).orElseGet(() -> EconomyYear.standard(centreId, year));
    }

    @Transactional(readOnly = true)
    public List<CostItem> items(long centreId, int year) {
        return items.findByCentreIdAndYearOrderByPeriodAscIdAsc(centreId, year);
    }

    @Transactional(readOnly = true)
    public Optional<CostItem> item(long centreId, long itemId) {
        return items.findById(itemId).filter(item -> item.centreId() == centreId);
    }

    @Transactional(readOnly = true)
    public Set<String> closedPeriods(long centreId, int year) {
        return closings.findByCentreIdAndYear(centreId, year).stream().map(ClosedPeriod::period)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Settlement settlement(long centreId, int year, String period, List<BaseOperation> participating,
                                 LocalDate establishedOn) {
        Optional<ClosedPeriod> closed = closings.findByCentreIdAndYearAndPeriod(centreId, year, period);
        PremisesShares premises = closed.isPresent() ? closed.get().premises() : premises(centreId, year, period);
        return Settlement.of(centreId, year, period, closed.map(ClosedPeriod::participating).orElse(participating),
                year(centreId, year).key(), premises,
                items.findByCentreIdAndYearAndPeriodOrderById(centreId, year, period), closed.orElse(null),
                establishedOn);
    }

    /**
     * The shares of the premises that the centre's usage-right agreements in force on the period's first day set: the
     * rent of a period is agreed for the period as it begins (Bilaga 2 §4 pays it "per månad/år/kvartal").
     */
    PremisesShares premises(long centreId, int year, String period) {
        return agreements.premisesShares(centreId, PeriodLength.firstDay(year, period)).orElse(null);
    }

    /** The shares a usage right in force on the day sets, as the settings page proposes them; null when none. */
    @Transactional(readOnly = true)
    public PremisesShares premises(long centreId, LocalDate on) {
        return agreements.premisesShares(centreId, on).orElse(null);
    }

    /**
     * What the open periods among the year's items leave unsettled, as {@link #settlement} would sum it, from the items
     * already read, the year's key in one statement and the usage rights' shares from the agreements the page read:
     * the centre's page reads the year's items once. {@code operationsByUnit}: the base operations by their units'
     * names, as the page has them.
     */
    long unsettledOre(long centreId, int year, List<CostItem> items, Set<String> closed,
                      List<BaseOperation> participating, Map<String, BaseOperation> operationsByUnit) {
        List<String> open = items.stream().map(CostItem::period).distinct().filter(p -> !closed.contains(p)).toList();
        if (open.isEmpty()) {
            return 0;
        }
        Map<BaseOperation, BigDecimal> key = new EnumMap<>(BaseOperation.class);
        jdbc.sql("""
                        select w.operation, w.weight from economy_key_weight w
                        join economy_year y on y.id = w.economy_year_id
                        where y.centre_id = :centre and y.year = :year
                        """)
                .param("centre", centreId)
                .param("year", year)
                .query(rs -> {
                    key.put(BaseOperation.valueOf(rs.getString("operation")), rs.getBigDecimal("weight"));
                });
        Map<LocalDate, PremisesShares> premises = agreements.premisesShares(centreId, operationsByUnit,
                open.stream().map(period -> PeriodLength.firstDay(year, period)).toList());
        return open.stream()
                .mapToLong(period -> Settlement.of(centreId, year, period, participating, key,
                        premises.get(PeriodLength.firstDay(year, period)), items.stream()
                        .filter(item -> item.period().equals(period))
                        .sorted(Comparator.comparing(CostItem::id))
                        .toList(), null, null).unsettledOre())
                .sum();
    }

    @Transactional
    public long add(long centreId, CostInput input) {
        requireOpen(centreId, input.year(), input.period());
        requirePeriodOfYear(centreId, input);
        CostItem item = items.save(CostItem.record(centreId, input, Instant.now(clock)));
        audit.record(AuditAction.CREATE, ITEM, item.id(), describe(input));
        return item.id();
    }

    @Transactional
    public void change(long centreId, long itemId, int expectedVersion, CostInput input) {
        CostItem item = item(centreId, itemId).orElseThrow(() -> Refusal.absent("economy.refused.unknown-item"));
        requireOpen(centreId, item.year(), item.period());
        requireOpen(centreId, input.year(), input.period());
        requirePeriodOfYear(centreId, input);
        item.change(input, expectedVersion);
        items.save(item);
        audit.record(AuditAction.UPDATE, ITEM, itemId, describe(input));
    }

    @Transactional
    public void remove(long centreId, long itemId, int expectedVersion) {
        CostItem item = item(centreId, itemId).orElseThrow(() -> Refusal.absent("economy.refused.unknown-item"));
        requireOpen(centreId, item.year(), item.period());
        item.requireVersion(expectedVersion);
        if (items.findByCentreIdAndYearOrderByPeriodAscIdAsc(centreId, item.year()).stream()
                .anyMatch(other -> Long.valueOf(itemId).equals(other.correctsId()))) {
            throw new Refusal("economy.refused.corrected");
        }
        items.delete(item);
        audit.record(AuditAction.DELETE, ITEM, itemId, item.year() + " " + PeriodLength.label(item.period()) + ", "
                + texts.message("economy.category." + item.category().name()) + ", " + Money.kronor(item.amountOre()));
    }

    @Transactional
    public void configure(long centreId, int year, int expectedVersion, PeriodLength length,
                          Map<BaseOperation, BigDecimal> key) {
        EconomyYear settings = year(centreId, year);
        if (!closedPeriods(centreId, year).isEmpty()) {
            throw new Refusal("economy.refused.year-has-closed");
        }
        if (length != settings.periodLength() && items.countByCentreIdAndYear(centreId, year) > 0) {
            throw new Refusal("economy.refused.length-has-items");
        }
        settings.change(length, key, expectedVersion);
        years.save(settings);
        audit.record(AuditAction.UPDATE, YEAR, settings.id(), year + ": avräkning per "
                + texts.message("economy.length." + length.name()) + (key.isEmpty() ? ", lika delar" : ", nyckel "
                + key.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> texts.operation(e.getKey()) + " " + e.getValue().toPlainString())
                .collect(Collectors.joining(", "))));
    }

    /**
     * Closes the period as the settlement the closer saw: {@code seen} is that settlement's {@link #fingerprint}.
     */
    @Transactional
    public void close(long centreId, int year, String period, List<BaseOperation> participating, int seen,
                      String closedBy) {
        if (!year(centreId, year).periodLength().has(period)) {
            throw new Refusal("economy.refused.unknown-period");
        }
        if (closings.findByCentreIdAndYearAndPeriod(centreId, year, period).isPresent()) {
            throw new Refusal("economy.refused.closed");
        }
        if (seen != fingerprint(items.findByCentreIdAndYearAndPeriodOrderById(centreId, year, period))) {
            throw new Refusal("economy.refused.changed");
        }
        ClosedPeriod closed = closings.save(ClosedPeriod.close(centreId, year, period, participating,
                premises(centreId, year, period), closedBy, Instant.now(clock)));
        audit.record(AuditAction.UPDATE, SETTLEMENT, closed.id(), year + " " + PeriodLength.label(period) + " låst");
    }

    /** What a settlement's items are, as one number: it changes when any item does. */
    static int fingerprint(List<CostItem> items) {
        int hash = 17;
        for (CostItem item : items) {
            hash = 31 * hash + java.util.Objects.hash(item.id(), item.version(), item.amountOre());
        }
        return Math.floorMod(hash, 1_000_000_000);
    }

    private void requireOpen(long centreId, int year, String period) {
        if (closings.findByCentreIdAndYearAndPeriod(centreId, year, period).isPresent()) {
            throw new Refusal("economy.refused.closed");
        }
    }

    private void requirePeriodOfYear(long centreId, CostInput input) {
        if (!year(centreId, input.year()).periodLength().has(input.period())) {
            throw new Refusal("economy.refused.unknown-period");
        }
        if (input.correctsId() != null && item(centreId, input.correctsId()).isEmpty()) {
            throw new Refusal("economy.refused.unknown-item");
        }
    }

    /** "2026 kvartal 1, Gemensamma lokaler: hyra för gemensamma ytor, 1 000,00 kr, betalare barnhälsovård". */
    private String describe(CostInput input) {
        return input.year() + " " + PeriodLength.label(input.period()) + ", "
                + texts.message("economy.category." + input.category().name()) + ", " + Money.kronor(input.amountOre())
                + ", betalare " + texts.operation(input.payer())
                + (input.correctsId() == null ? "" : ", rättar kostnad nr " + input.correctsId());
    }
}

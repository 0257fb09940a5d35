package se.samverka.economy;

import org.junit.jupiter.api.Test;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/** The settlement's arithmetic on its own: exact to the öre, parts always sum to the totals (R14a–R14c). */
class SettlementTest {

    private static final List<BaseOperation> FOUR = List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL,
            PREVENTIVE_SOCIAL_SERVICES);

    private static long ids;

    private static CostItem item(CostCategory category, long ore, BaseOperation payer) {
        return new CostItem(++ids, 1, 2026, "Y", category, "post", ore, payer, null, Instant.EPOCH, 0);
    }

    @Test
    void theWorkedExampleIsExactToTheOreAndNettedPerPair() {
        Settlement s = Settlement.of(1, 2026, "Y", FOUR, Map.of(), null, List.of(
                item(CostCategory.COORDINATOR_SALARY, 60_000_000L, OPEN_PRESCHOOL),
                item(CostCategory.PREMISES_RENT, 10_000_001L, CHILD_HEALTH)), null, null);

        assertThat(s.lines().get(0).share(MIDWIFE_CLINIC)).isEqualTo(15_000_000L);
        assertThat(s.lines().get(1).share(CHILD_HEALTH)).isEqualTo(2_500_001L);
        assertThat(s.lines().get(1).share(OPEN_PRESCHOOL)).isEqualTo(2_500_000L);
        assertThat(s.debts()).containsExactly(
                new Settlement.Debt(MIDWIFE_CLINIC, CHILD_HEALTH, 2_500_000L),
                new Settlement.Debt(MIDWIFE_CLINIC, OPEN_PRESCHOOL, 15_000_000L),
                new Settlement.Debt(CHILD_HEALTH, OPEN_PRESCHOOL, 12_500_000L),
                new Settlement.Debt(PREVENTIVE_SOCIAL_SERVICES, CHILD_HEALTH, 2_500_000L),
                new Settlement.Debt(PREVENTIVE_SOCIAL_SERVICES, OPEN_PRESCHOOL, 15_000_000L));
        assertThat(s.balances()).extracting(Settlement.Balance::netOre)
                .containsExactly(-17_500_000L, -7_500_000L, 42_500_000L, -17_500_000L);
    }

    @Test
    void partsAlwaysSumToTheTotalsWhateverTheAmountsPayersAndKey() {
        Random random = new Random(14);
        for (int round = 0; round < 500; round++) {
            List<BaseOperation> operations = new ArrayList<>(FOUR);
            java.util.Collections.shuffle(operations, random);
            operations = operations.subList(0, 1 + random.nextInt(4));
            Map<BaseOperation, BigDecimal> key = new EnumMap<>(BaseOperation.class);
            if (random.nextBoolean()) {
                operations.forEach(op -> key.put(op, BigDecimal.valueOf(random.nextInt(1000) + 1, 1)));
            }
            List<CostItem> items = new ArrayList<>();
            for (int i = random.nextInt(6); i >= 0; i--) {
                CostCategory category = CostCategory.values()[random.nextInt(CostCategory.values().length)];
                items.add(item(category, random.nextLong(Money.MAX_ORE / 1000),
                        operations.get(random.nextInt(operations.size()))));
            }
            Settlement s = Settlement.of(1, 2026, "Y", operations, key, null, items, null, null);
            for (Settlement.Line line : s.lines()) {
                assertThat(operations.stream().mapToLong(line::share).sum()).isEqualTo(line.item().amountOre());
            }
            long paid = s.balances().stream().mapToLong(Settlement.Balance::paidOre).sum();
            long shares = s.balances().stream().mapToLong(Settlement.Balance::shareOre).sum();
            assertThat(paid).isEqualTo(s.totalOre()).isEqualTo(shares);
            for (Settlement.Balance balance : s.balances()) {
                long in = s.debts().stream().filter(d -> d.to() == balance.operation()).mapToLong(Settlement.Debt::ore).sum();
                long out = s.debts().stream().filter(d -> d.from() == balance.operation()).mapToLong(Settlement.Debt::ore).sum();
                assertThat(in - out).isEqualTo(balance.netOre());
            }
            assertThat(s.debts()).allSatisfy(d -> assertThat(d.ore()).isPositive());
        }
    }

    @Test
    void aKeyThatDoesNotNameEveryOperationIsNotUsed() {
        Settlement s = Settlement.of(1, 2026, "Y", FOUR, Map.of(CHILD_HEALTH, BigDecimal.ONE), null,
                List.of(item(CostCategory.PREMISES_CLEANING, 400, CHILD_HEALTH)), null, null);
        assertThat(s.basis()).isNotEqualTo(se.samverka.rules.R14b.Basis.LOCAL_KEY);
        assertThat(s.lines().getFirst().share(MIDWIFE_CLINIC)).isEqualTo(100);
    }

    /** R14b: the day the centre was established decides whether equal parts are the agreement's or a stand-in. */
    @org.junit.jupiter.params.ParameterizedTest(name = "etablerad {0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", textBlock = """
            -,          EQUAL_UNTIL_LOCAL_KEY
            2024-02-29, EQUAL_UNTIL_LOCAL_KEY
            2024-03-01, EQUAL
            2026-09-02, EQUAL
            """)
    void theDayACentreWasEstablishedDecidesWhyOtherCostsAreSplitEqually(java.time.LocalDate establishedOn,
                                                                       se.samverka.rules.R14b.Basis basis) {
        Settlement s = Settlement.of(1, 2026, "Y", FOUR, Map.of(), null,
                List.of(item(CostCategory.PREMISES_CLEANING, 400, CHILD_HEALTH)), null, establishedOn);

        assertThat(s.basis()).isEqualTo(basis);
        assertThat(s.lines().getFirst().share(MIDWIFE_CLINIC)).isEqualTo(100);
    }

    @Test
    void aKeySplitsOtherCostsButNeverTheCoordinatorsCost() {
        Map<BaseOperation, BigDecimal> key = Map.of(MIDWIFE_CLINIC, BigDecimal.ONE, CHILD_HEALTH, BigDecimal.ONE,
                OPEN_PRESCHOOL, BigDecimal.valueOf(2), PREVENTIVE_SOCIAL_SERVICES, BigDecimal.ZERO);
        Settlement s = Settlement.of(1, 2026, "Y", FOUR, key, null, List.of(
                item(CostCategory.PREMISES_RENT, 1000, CHILD_HEALTH),
                item(CostCategory.COORDINATOR_TRAINING, 1000, CHILD_HEALTH)), null, null);
        assertThat(s.lines().get(0).share(OPEN_PRESCHOOL)).isEqualTo(500);
        assertThat(s.lines().get(0).share(PREVENTIVE_SOCIAL_SERVICES)).isZero();
        assertThat(s.lines().get(1).share(PREVENTIVE_SOCIAL_SERVICES)).isEqualTo(250);
    }

    @Test
    void kronorAreReadStrictly() {
        assertThat(Money.parse("12 500,50")).contains(1_250_050L);
        assertThat(Money.parse("12\u00a0500,5 kr")).contains(1_250_050L);
        assertThat(Money.parse("0")).contains(0L);
        assertThat(Money.parse("600000")).contains(60_000_000L);
        for (String bad : List.of("12,345", "abc", "-5", "1.5", "12 50,00", "", " ", "1,", ",5", "1 2345")) {
            assertThat(Money.parse(bad)).as(bad).isEmpty();
        }
        assertThat(Money.kronor(10_000_001L)).isEqualTo("100\u00a0000,01\u00a0kr");
    }

    private static se.samverka.agreement.PremisesShares premises(Map<BaseOperation, BigDecimal> shares) {
        return new se.samverka.agreement.PremisesShares(List.of(new se.samverka.agreement.PremisesShares.UsageRight(9,
                1, OPEN_PRESCHOOL, CHILD_HEALTH, new BigDecimal("40"), java.time.LocalDate.of(2025, 1, 1), null,
                4_000L, se.samverka.agreement.CompensationPeriod.YEAR)), shares);
    }

    @Test
    void theUsageRightsSharesSplitOnlyTheRentToTheOre() {
        Settlement s = Settlement.of(1, 2026, "Y", FOUR, Map.of(), premises(Map.of(CHILD_HEALTH, new BigDecimal("40"),
                OPEN_PRESCHOOL, new BigDecimal("60"))), List.of(
                item(CostCategory.PREMISES_RENT, 10_001, OPEN_PRESCHOOL),
                item(CostCategory.PREMISES_IT, 400, OPEN_PRESCHOOL)), null, null);

        assertThat(s.rentKey()).isEqualTo(Settlement.RentKey.USAGE_RIGHT);
        // 4 000,4 and 6 000,6 öre: the left-over öre goes by largest remainder (R14c)
        assertThat(FOUR.stream().map(s.lines().get(0)::share)).containsExactly(0L, 4_000L, 6_001L, 0L);
        assertThat(FOUR.stream().map(s.lines().get(1)::share)).containsExactly(100L, 100L, 100L, 100L);
        // 40,00 kr a year is 40,00 kr for the whole year, and the user's part of the rent is 40,00 kr
        assertThat(s.compensations()).singleElement().satisfies(c -> {
            assertThat(c.agreedOre()).isEqualTo(4_000L);
            assertThat(c.agrees()).isTrue();
        });
    }

    @Test
    void sharesOfOperationsThatNoLongerTakePartLeaveTheRentSplitEqually() {
        Settlement s = Settlement.of(1, 2026, "Y", List.of(MIDWIFE_CLINIC, PREVENTIVE_SOCIAL_SERVICES), Map.of(),
                premises(Map.of(CHILD_HEALTH, new BigDecimal("40"), OPEN_PRESCHOOL, new BigDecimal("60"))),
                List.of(item(CostCategory.PREMISES_RENT, 1_000, MIDWIFE_CLINIC)), null, null);

        assertThat(s.rentKey()).isEqualTo(Settlement.RentKey.NONE);
        assertThat(s.lines().getFirst().share(PREVENTIVE_SOCIAL_SERVICES)).isEqualTo(500);
    }
}

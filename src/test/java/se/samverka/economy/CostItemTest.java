package se.samverka.economy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * A shared cost item on its own, without Spring or a database: it keeps what was recorded, changes only from the
 * version the user saw and within its year, and however it is split its parts sum to its amount to the öre.
 */
class CostItemTest {

    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");
    private static final List<BaseOperation> THREE = List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL);

    @Test
    void anItemKeepsWhatWasRecordedInÖre() {
        CostItem item = CostItem.record(7, new CostInput(2026, "Q1", CostCategory.PREMISES_RENT, "Hyra januari",
                1_250_050L, CHILD_HEALTH, null), AT);
        assertThat(item.centreId()).isEqualTo(7);
        assertThat(item.year()).isEqualTo(2026);
        assertThat(item.amountOre()).isEqualTo(1_250_050L);
        assertThat(item.amount()).isEqualTo("12\u00a0500,50\u00a0kr");
        assertThat(item.payer()).isEqualTo(CHILD_HEALTH);
        assertThat(item.createdAt()).isEqualTo(AT);
        assertThat(item.correctsId()).isNull();
    }

    @Test
    void aChangeNeedsTheVersionSeenAndStaysInTheItemsYear() {
        CostItem item = CostItem.record(7, new CostInput(2026, "Q1", CostCategory.PREMISES_RENT, "Hyra", 100_00L,
                CHILD_HEALTH, null), AT);
        item.change(new CostInput(2026, "Q2", CostCategory.JOINT_ACTIVITIES, "Föräldraträff", 450_00L,
                OPEN_PRESCHOOL, 3L), 0);
        assertThat(item.period()).isEqualTo("Q2");
        assertThat(item.category()).isEqualTo(CostCategory.JOINT_ACTIVITIES);
        assertThat(item.description()).isEqualTo("Föräldraträff");
        assertThat(item.amountOre()).isEqualTo(450_00L);
        assertThat(item.payer()).isEqualTo(OPEN_PRESCHOOL);
        assertThat(item.correctsId()).isEqualTo(3L);

        assertThatThrownBy(() -> item.change(new CostInput(2026, "Q3", CostCategory.OTHER, "x", 1, CHILD_HEALTH,
                null), 1)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> item.change(new CostInput(2027, "Q1", CostCategory.OTHER, "x", 1, CHILD_HEALTH,
                null), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(item.period()).isEqualTo("Q2");
        assertThat(item.amountOre()).isEqualTo(450_00L);
    }

    @Test
    void aSplitSumsToTheItemToTheÖreEqualByKeyAndForTheCoordinator() {
        Map<BaseOperation, BigDecimal> key = Map.of(MIDWIFE_CLINIC, new BigDecimal("1"), CHILD_HEALTH,
                new BigDecimal("1"), OPEN_PRESCHOOL, new BigDecimal("1.5"));
        for (long ore : new long[] {1, 2, 100, 100_01, 333_33, 1_000_000_01, 99_999_999_99L}) {
            for (CostCategory category : List.of(CostCategory.PREMISES_RENT, CostCategory.COORDINATOR_SALARY)) {
                for (Map<BaseOperation, BigDecimal> weights : List.of(Map.<BaseOperation, BigDecimal>of(), key)) {
                    CostItem item = new CostItem(1L, 7, 2026, "Y", category, "post", ore, CHILD_HEALTH, null, AT, 0);
                    Settlement.Line line = Settlement.of(7, 2026, "Y", THREE, weights, null, List.of(item), null, null)
                            .lines().getFirst();
                    assertThat(THREE.stream().mapToLong(line::share).sum())
                            .as("%d öre of %s split %s", ore, category, weights).isEqualTo(ore);
                    assertThat(THREE.stream().mapToLong(line::share).max().orElseThrow()
                            - THREE.stream().mapToLong(line::share).min().orElseThrow())
                            .as("an equal split differs by at most one öre")
                            .isLessThanOrEqualTo(weights.isEmpty() || category.coordinator() ? 1 : ore);
                }
            }
        }
    }

    @Test
    void anItemWhosePayerNoLongerTakesPartIsNotSplit() {
        CostItem item = new CostItem(1L, 7, 2026, "Y", CostCategory.OTHER, "post", 100_00L,
                PREVENTIVE_SOCIAL_SERVICES, null, AT, 0);
        Settlement.Line line = Settlement.of(7, 2026, "Y", THREE, Map.of(), null, List.of(item), null, null).lines().getFirst();
        assertThat(line.split()).isFalse();
        assertThat(THREE.stream().mapToLong(line::share).sum()).isZero();
    }
}

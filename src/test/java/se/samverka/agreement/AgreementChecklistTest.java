package se.samverka.agreement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.rules.R15a.AgreementState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a centre's local cooperation agreements stand for R15a on a given day: one in force outweighs
 * anything else, a usage-right agreement does not count, and an expired one is reported before a draft.
 */
class AgreementChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # agreements (kind:status:start:end, space-separated)                                   | standing
                                                                                                    | NONE
            COOPERATION:DRAFT:2027-01-01:2029-12-31                                                 | DRAFT
            COOPERATION:SENT:2027-01-01:2029-12-31                                                  | AWAITING_SIGNATURES
            COOPERATION:SIGNED:2026-01-01:2028-12-31                                                | IN_FORCE
            COOPERATION:SIGNED:2026-12-01:2026-12-01                                                | IN_FORCE
            COOPERATION:SIGNED:2027-01-01:2029-12-31                                                | SIGNED_NOT_YET_IN_FORCE
            COOPERATION:SIGNED:2023-01-01:2026-11-30                                                | EXPIRED
            COOPERATION:SIGNED:2023-01-01:2026-11-30 COOPERATION:DRAFT:2026-12-01:2029-11-30        | EXPIRED
            COOPERATION:SIGNED:2023-01-01:2026-11-30 COOPERATION:SENT:2026-12-01:2029-11-30         | AWAITING_SIGNATURES
            COOPERATION:SUPERSEDED:2025-01-01:2027-12-31 COOPERATION:SIGNED:2025-01-01:2028-12-31   | IN_FORCE
            COOPERATION:SUPERSEDED:2025-01-01:2027-12-31                                            | NONE
            USAGE_RIGHT:SIGNED:2026-01-01:2028-12-31                                                | NONE
            USAGE_RIGHT:SIGNED:2026-01-01:2028-12-31 COOPERATION:DRAFT:2027-01-01:2029-12-31        | DRAFT
            """)
    void theBestStandingOfTheCooperationAgreementsCounts(String agreements, AgreementState standing) {
        List<Agreement> ofCentre = agreements == null ? List.of()
                : Arrays.stream(agreements.trim().split("\\s+")).map(AgreementChecklistTest::agreement).toList();

        assertThat(AgreementChecklist.state(ofCentre, TODAY)).isEqualTo(standing);
    }

    private static Agreement agreement(String description) {
        String[] parts = description.split(":");
        Terms terms = new Terms(LocalDate.parse(parts[2]), LocalDate.parse(parts[3]), null, 6, null, null, false,
                false, false, false, null, null, null, null);
        return new Agreement(1L, UUID.randomUUID(), 1, 1L, AgreementKind.valueOf(parts[0]),
                AgreementStatus.valueOf(parts[1]), terms, java.util.Set.of(), List.of(), List.of(), null,
                null, Instant.EPOCH, null, null, 0);
    }
}

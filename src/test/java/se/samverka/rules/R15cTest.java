package se.samverka.rules;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R15c (§15, Bilaga 1 avsnitt 2): a local agreement's term should be at least three and at most five years, both
 * days included, and with shared premises it should end with the usage-right (lease) agreement unless that runs
 * more than five years from the agreement's start. A term of n years ends the day before its start's date n years
 * later, which from 29 February is the day before 28 February. Everything here is a recommendation ("bör").
 */
class R15cTest {

    static final String AGREEMENT = """
            Avtalet gäller under perioden xxxx-xx-xx – xxxx-xx-xx med möjlighet till x månaders förlängning.
            Rekommendation: Avtalstiden bör vara minst 3 år men inte längre än 5 år. Minst tre år ger verksamheten \
            ro att arbeta och implementera vad som står i avtalet. Om avtalstiden är mer än 5 år finns det en risk \
            att avtalet blir inaktuellt och inte följer förändringar i omvärlden. Om det finns en gemensam lokal bör \
            samverkansavtalet följa hyresavtalet om inte hyresavtalet/-en är längre än 5 år.
            """;

    @ParameterizedTest(name = "{0} – {1}, gemensam lokal: {2}, hyresavtalet slutar {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # start     | end        | shared | lease end  | findings
            2025-01-01  | 2027-12-31 | false  |            | R15c.met
            2025-01-01  | 2027-12-30 | false  |            | R15c.short
            2025-01-01  | 2029-12-31 | false  |            | R15c.met
            2025-01-01  | 2030-01-01 | false  |            | R15c.long
            2025-01-01  | 2026-12-31 | false  |            | R15c.short
            2025-01-01  | 2025-01-01 | false  |            | R15c.short
            2025-07-01  | 2028-06-30 | false  |            | R15c.met
            2025-07-01  | 2030-06-30 | false  |            | R15c.met
            2025-07-01  | 2030-07-01 | false  |            | R15c.long
            2024-02-29  | 2027-02-27 | false  |            | R15c.met
            2024-02-29  | 2027-02-26 | false  |            | R15c.short
            2024-02-29  | 2029-02-27 | false  |            | R15c.met
            2024-02-29  | 2029-02-28 | false  |            | R15c.long
            2025-01-01  | 2027-12-31 | true   | 2028-06-30 | R15c.follow-lease
            2025-01-01  | 2027-12-31 | true   | 2027-06-30 | R15c.follow-lease
            2025-01-01  | 2027-12-31 | true   | 2027-12-31 | R15c.met
            2025-01-01  | 2028-06-30 | true   | 2028-06-30 | R15c.met
            2025-01-01  | 2027-12-31 | true   | 2031-12-31 | R15c.met
            2025-01-01  | 2027-12-31 | true   | 2030-01-01 | R15c.met
            2025-01-01  | 2027-12-31 | true   | 2029-12-31 | R15c.follow-lease
            2025-01-01  | 2027-12-31 | true   |            | R15c.met
            2025-01-01  | 2027-12-31 | false  | 2028-06-30 | R15c.met
            2025-01-01  | 2026-12-31 | false  | 2028-06-30 | R15c.short
            2025-01-01  | 2026-12-31 | true   | 2028-06-30 | R15c.short R15c.follow-lease
            2025-01-01  | 2026-12-31 | true   | 2026-12-31 | R15c.short
            2025-01-01  | 2030-06-30 | true   | 2031-12-31 | R15c.long
            2025-01-01  | 2030-06-30 | true   | 2029-12-31 | R15c.long R15c.follow-lease
            """)
    void termOfThreeToFiveYearsFollowingTheLease(LocalDate start, LocalDate end, boolean sharedPremises,
                                                  LocalDate leaseEnd, String findings) {
        var lines = R15c.RULE.check(start, end, sharedPremises, leaseEnd);

        assertThat(Centres.describe(lines)).isEqualTo(findings);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.ruleId()).isEqualTo("R15c");
            assertThat(line.severity()).isEqualTo(Severity.RECOMMENDATION);
            assertThat(line.outcome()).isEqualTo(findings.equals("R15c.met") ? Outcome.MET : Outcome.NOT_MET);
        });
    }

    @ParameterizedTest(name = "{0} – {1} är {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start     | end        | length
            2025-01-01  | 2027-12-31 | P3Y
            2025-01-01  | 2027-12-30 | P2Y11M30D
            2025-01-01  | 2029-12-31 | P5Y
            2025-01-01  | 2030-01-01 | P5Y1D
            2025-01-01  | 2026-12-31 | P2Y
            2025-01-01  | 2025-01-01 | P1D
            2025-01-01  | 2025-01-31 | P1M
            2025-07-01  | 2028-06-30 | P3Y
            2025-03-15  | 2028-06-14 | P3Y3M
            """)
    void lengthCountsBothTheFirstAndTheLastDay(LocalDate start, LocalDate end, Period length) {
        assertThat(R15c.RULE.length(start, end)).isEqualTo(length);
    }

    @ParameterizedTest(name = "{0} – {1} → ogiltigt")
    @CsvSource(delimiter = '|', textBlock = """
            # start     | end
            2025-01-01  | 2024-12-31
            2027-12-31  | 2025-01-01
                        | 2027-12-31
            2025-01-01  |
            """)
    void rejectsATermThatEndsBeforeItStarts(LocalDate start, LocalDate end) {
        assertThatIllegalArgumentException().isThrownBy(() -> R15c.RULE.check(start, end, false, null));
        assertThatIllegalArgumentException().isThrownBy(() -> R15c.RULE.check(start, end, true, end));
        assertThatIllegalArgumentException().isThrownBy(() -> R15c.RULE.length(start, end));
    }
}

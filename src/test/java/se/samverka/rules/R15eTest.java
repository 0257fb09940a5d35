package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R15e (§15, Bilaga 1 avsnitt 16 och 18): every base operation that takes part is a party to the local agreement,
 * every party signs its own original, and a change only holds once the parties have approved it in writing.
 */
class R15eTest {

    static final String AGREEMENT = """
            Ändringar och tillägg till detta avtal skall för att vara gällande skriftligen godkännas av parterna.
            Detta avtal är upprättat i fyra likalydande exemplar där parterna tagit var sitt original.
            """;

    @ParameterizedTest(name = "ingår men är inte part: [{0}] → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # not a party      | outcome | finding
            ''                 | MET     | R15e.met
            ÖF                 | NOT_MET | R15e.not-party[ÖF]
            BMM                | NOT_MET | R15e.not-party[BMM]
            SOC BHV            | NOT_MET | R15e.not-party[BHV/SOC]
            BMM BHV ÖF SOC     | NOT_MET | R15e.not-party[BMM/BHV/ÖF/SOC]
            """)
    void everyParticipatingBaseOperationIsAParty(String notAParty, Outcome outcome, String finding) {
        var lines = R15e.RULE.everyOperationAParty(Centres.operations(notAParty));

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(Centres.describe(line)).isEqualTo(finding);
            assertThat(line.outcome()).isEqualTo(outcome);
            assertThat(line.ruleId()).isEqualTo("R15e");
            assertThat(line.severity()).isEqualTo(Severity.REQUIREMENT);
        });
    }

    @ParameterizedTest(name = "{0} parter, {1} har skrivit under → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # parties | signed | signed by all
            1         | 1      | true
            1         | 0      | false
            4         | 4      | true
            4         | 3      | false
            4         | 0      | false
            6         | 6      | true
            6         | 5      | false
            0         | 0      | invalid
            -1        | 0      | invalid
            4         | -1     | invalid
            4         | 5      | invalid
            """)
    void signedWhenEveryPartyHasSigned(int parties, int signed, String signedByAll) {
        if (signedByAll.equals("invalid")) {
            assertThatIllegalArgumentException().isThrownBy(() -> R15e.RULE.signedByAll(parties, signed));
        } else {
            assertThat(R15e.RULE.signedByAll(parties, signed)).isEqualTo(Boolean.parseBoolean(signedByAll));
        }
    }
}

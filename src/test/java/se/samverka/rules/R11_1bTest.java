package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R11.1b (§11.1, Bilaga 3): the steering group has the nearest manager of each participating base operation,
 * the midwife clinic's unit manager among them when the clinic takes part. Managers of operations that do not
 * take part neither help nor hurt.
 */
class R11_1bTest {

    static final String AGREEMENT = """
            Styrgruppen ska utgöras av de närmaste cheferna till varje profession.
            Enhetschef från barnmorskemottagningen ingår i den lokala styrgruppen och deltar på dess möten.
            """;

    @ParameterizedTest(name = "{0}, styrgrupp: {1}, chefer: {2} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | steering group | managers         | outcome        | finding
            BMM+ BHV+ ÖF+ SOC+    | false          | ''               | NOT_APPLICABLE | R11.1b.no-steering-group
            BMM- BHV+ ÖF+         | false          | ''               | NOT_APPLICABLE | R11.1b.no-steering-group
            BMM+ BHV+ ÖF+ SOC+    | true           | BMM BHV ÖF SOC   | MET            | R11.1b.met
            BMM- BHV+ ÖF+ SOC+    | true           | BMM BHV ÖF SOC   | MET            | R11.1b.met
            BMM- BHV+ ÖF+ SOC+    | true           | BHV ÖF SOC       | NOT_MET        | R11.1b.managers-missing[BMM]
            BMM+ BHV+ ÖF+         | true           | BHV ÖF           | NOT_MET        | R11.1b.managers-missing[BMM]
            BHV+ ÖF+ SOC+         | true           | BHV ÖF SOC       | MET            | R11.1b.met
            BHV+ ÖF+ SOC+         | true           | BMM BHV ÖF SOC   | MET            | R11.1b.met
            BHV+ ÖF+              | true           | BHV ÖF SOC       | MET            | R11.1b.met
            BHV+ ÖF+              | true           | SOC              | NOT_MET        | R11.1b.managers-missing[BHV/ÖF]
            BMM+ BHV+ ÖF+ SOC+    | true           | BMM BHV          | NOT_MET        | R11.1b.managers-missing[ÖF/SOC]
            BMM- BHV+ ÖF+         | true           | ''               | NOT_MET        | R11.1b.managers-missing[BMM/BHV/ÖF]
            """)
    void nearestManagerOfEachParticipatingOperation(String notation, boolean steeringGroup, String managers,
                                                    Outcome outcome, String finding) {
        Finding line = R11_1b.RULE.check(Centres.parse(notation, false),
                new Governance(steeringGroup, Centres.operations(managers), null));

        assertThat(line.outcome()).isEqualTo(outcome);
        assertThat(Centres.describe(line)).isEqualTo(finding);
        assertThat(line.ruleId()).isEqualTo("R11.1b");
        assertThat(line.severity()).isEqualTo(Severity.REQUIREMENT);
    }

    @ParameterizedTest(name = "chefer utan styrgrupp: {0}")
    @CsvSource({"BMM", "BHV ÖF", "BMM BHV ÖF SOC"})
    void noManagersWithoutASteeringGroup(String managers) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Governance(false, Centres.operations(managers), null));
    }
}

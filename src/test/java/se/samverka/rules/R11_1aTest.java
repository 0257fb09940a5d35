package se.samverka.rules;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11.1a (§11.1 with footnote 26): every centre has a steering group. The sentence runs across a page break in
 * the agreement; footnote 26 follows it.
 */
class R11_1aTest {

    static final String AGREEMENT = """
            Varje familjecentral och familjecentralsliknande verksamhet ska därför ha en styrgrupp med uppdrag att \
            styra och leda de olika verksamheternas gemensamma åtaganden.
            Styrgruppen kan vara samma för fler än en familjecentral eller familjecentralsliknande verksamhet.
            """;

    @ParameterizedTest(name = "styrgrupp: {0}, chefer: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # steering group | managers         | outcome | code
            true             | BMM BHV ÖF SOC   | MET     | R11.1a.met
            true             | ''               | MET     | R11.1a.met
            false            | ''               | NOT_MET | R11.1a.missing
            """)
    void everyCentreHasASteeringGroup(boolean steeringGroup, String managers, Outcome outcome, String code) {
        Finding line = R11_1a.RULE.check(new Governance(steeringGroup, Centres.operations(managers), null));

        assertThat(line).isEqualTo(new Finding("R11.1a", "11.1", Severity.REQUIREMENT, outcome, code, Set.of(), false));
    }
}

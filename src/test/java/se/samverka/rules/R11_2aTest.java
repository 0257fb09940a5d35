package se.samverka.rules;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R11.2a (§11.2, §14.1): every centre has a coordinator, appointed by the steering group with a service grade,
 * and employed by a party whose operation takes part, since the other operations reimburse that one.
 */
class R11_2aTest {

    static final String AGREEMENT = """
            Varje familjecentral och familjecentralsliknande verksamhet ska ha en samordnare som håller ihop \
            verksamheten och är länken mellan arbetslaget och styrgruppen i båda riktningar.
            Samordnaren utses av styrgruppen som också beslutar om samordnarens uppdrag och tjänstgöringsgrad.
            Den verksamhet där samordnaren anställs ersätts av övriga ingående verksamheter med respektive del av \
            kostnaden.
            """;

    @ParameterizedTest(name = "samordnare: {0} %, arbetsgivaren är part: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # service grade (empty: no coordinator) | employer takes part | outcome | code
                                                    |                     | NOT_MET | R11.2a.missing
            50                                      | false               | NOT_MET | R11.2a.employer-not-party
            100                                     | false               | NOT_MET | R11.2a.employer-not-party
            1                                       | true                | MET     | R11.2a.met
            50                                      | true                | MET     | R11.2a.met
            100                                     | true                | MET     | R11.2a.met
            """)
    void everyCentreHasACoordinator(Integer serviceGradePercent, Boolean employerTakesPart, Outcome outcome,
                                    String code) {
        var coordinator = serviceGradePercent == null
                ? null
                : new Governance.CoordinatorFacts(serviceGradePercent, employerTakesPart);

        Finding line = R11_2a.RULE.check(new Governance(true, Centres.operations("BHV ÖF SOC"), coordinator));

        assertThat(line)
                .isEqualTo(new Finding("R11.2a", "11.2, 14.1", Severity.REQUIREMENT, outcome, code, Set.of(), false));
    }

    @ParameterizedTest(name = "tjänstgöringsgrad {0} % → godtas: {1}")
    @CsvSource({"-1, false", "0, false", "1, true", "50, true", "100, true", "101, false"})
    void serviceGradeIsOneToHundredPercent(int serviceGradePercent, boolean accepted) {
        if (accepted) {
            assertThat(new Governance.CoordinatorFacts(serviceGradePercent, true).serviceGradePercent())
                    .isEqualTo(serviceGradePercent);
        } else {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Governance.CoordinatorFacts(serviceGradePercent, true))
                    .withMessageContaining(Integer.toString(serviceGradePercent));
        }
    }
}

package se.samverka.rules;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The checklist: the classification's lines (R8.3a, R8.3b, RB3b), then governance (R11.1a, R11.1b, R11.2a). */
class ChecklistTest {

    private static final List<String> ORDER = List.of("R8.3a", "R8.3b", "RB3b", "R11.1a", "R11.1b", "R11.2a");

    @ParameterizedTest(name = "{0} (prioriterat område: {1}), styrgrupp: {2} med {3}, samordnare: {4} % → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre           | prioritised | steering group | managers       | coordinator % | employer takes part | lines
            BMM+ BHV+ ÖF+ SOC+ | false       | true           | BMM BHV ÖF SOC | 50            | true                | R8.3a.met R8.3b.met RB3b.not-prioritised R11.1a.met R11.1b.met R11.2a.met
            BMM- BHV+ ÖF+ SOC+ | true        | true           | BHV ÖF SOC     | 20            | false               | R8.3a.met R8.3b.met RB3b.not-met[BMM] R11.1a.met R11.1b.managers-missing[BMM] R11.2a.employer-not-party
            BHV+ ÖF- BMM+      | false       | true           | BMM BHV ÖF SOC |               |                     | R8.3a.met R8.3b.co-locate-municipal[ÖF/SOC] RB3b.not-prioritised R11.1a.met R11.1b.met R11.2a.missing
            ''                 | false       | false          | ''             |               |                     | R8.3a.participate[BHV] R8.3a.participate[ÖF] R8.3a.participate-any[BMM/SOC] R8.3b.co-locate-child-health[BHV] R8.3b.co-locate-municipal[ÖF/SOC] RB3b.not-prioritised R11.1a.missing R11.1b.no-steering-group R11.2a.missing
            """)
    void classificationThenGovernance(String notation, boolean prioritisedArea, boolean steeringGroup,
                                      String managers, Integer serviceGradePercent, Boolean employerTakesPart,
                                      String lines) {
        CentreConfiguration centre = Centres.parse(notation, prioritisedArea);
        var governance = new Governance(steeringGroup, Centres.operations(managers), serviceGradePercent == null
                ? null
                : new Governance.CoordinatorFacts(serviceGradePercent, employerTakesPart));

        List<Finding> checklist = Checklist.check(centre, governance);

        assertThat(Centres.describe(checklist)).isEqualTo(lines);
        assertThat(checklist.stream().map(Finding::ruleId).distinct()).containsExactlyElementsOf(ORDER);
        assertThat(checklist.subList(0, checklist.size() - 3))
                .isEqualTo(Classifier.classify(centre).findings());
        assertThat(Checklist.check(Classifier.classify(centre), centre, governance)).isEqualTo(checklist);
    }
}

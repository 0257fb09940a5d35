package se.samverka.rules;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R15b (§15): a local cooperation agreement contains the fifteen sections §15 lists, each filled in; the template's
 * other three (Systematiskt brandskyddsarbete, Hot och våld, Försäkring) may be left out. Each missing section is
 * its own finding, in the template's order.
 */
class R15bTest {

    static final String AGREEMENT = """
            Mallarna är förslag på hur respektive avtal kan utformas. I avtalen kan den lokala styrgruppen lägga \
            till rubriker och innehåll utifrån behov. I nyttjanderättsavtalet kan även en del av punkterna redan ha \
            reglerats i samverkansavtalet.
            Ett lokalt samverkansavtal ska dock innehålla följande punkter:
            """;

    @ParameterizedTest(name = "ej ifyllda: [{0}], valfria ifyllda: [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # mandatory sections not filled                     | optional sections filled                   | findings
            ''                                                  | ''                                         | R15b.met
            ''                                                  | FIRE_SAFETY THREATS_AND_VIOLENCE INSURANCE | R15b.met
            ''                                                  | INSURANCE                                  | R15b.met
            SIGNATURES TERM                                     | ''                                         | R15b.missing.TERM R15b.missing.SIGNATURES
            TERM SIGNATURES                                     | FIRE_SAFETY THREATS_AND_VIOLENCE INSURANCE | R15b.missing.TERM R15b.missing.SIGNATURES
            PARTIES_AND_LOCATION                                | ''                                         | R15b.missing.PARTIES_AND_LOCATION
            CENTRE_PURPOSE_AND_GOALS                            | ''                                         | R15b.missing.CENTRE_PURPOSE_AND_GOALS
            AMENDMENTS                                          | ''                                         | R15b.missing.AMENDMENTS
            DISPUTES CONFIDENTIALITY FINANCING                  | INSURANCE                                  | R15b.missing.CONFIDENTIALITY R15b.missing.FINANCING R15b.missing.DISPUTES
            STAFF_GROUP COORDINATOR STEERING_GROUP              | ''                                         | R15b.missing.STEERING_GROUP R15b.missing.COORDINATOR R15b.missing.STAFF_GROUP
            """)
    void everyMandatorySectionIsFilledIn(String notFilled, String optionalFilled, String findings) {
        var filled = EnumSet.noneOf(LocalAgreementSection.class);
        for (LocalAgreementSection section : LocalAgreementSection.values()) {
            if (section.mandatory()) {
                filled.add(section);
            }
        }
        Centres.words(notFilled).forEach(name -> filled.remove(LocalAgreementSection.valueOf(name)));
        Centres.words(optionalFilled).forEach(name -> filled.add(LocalAgreementSection.valueOf(name)));

        var lines = R15b.RULE.check(filled);

        assertThat(Centres.describe(lines)).isEqualTo(findings);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.ruleId()).isEqualTo("R15b");
            assertThat(line.severity()).isEqualTo(Severity.REQUIREMENT);
            assertThat(line.outcome()).isEqualTo(findings.equals("R15b.met") ? Outcome.MET : Outcome.NOT_MET);
        });
    }

    @ParameterizedTest(name = "ifyllda: [{0}] → {1} saknade avsnitt")
    @CsvSource(delimiter = '|', textBlock = """
            # filled                                    | missing
            ''                                          | 15
            FIRE_SAFETY THREATS_AND_VIOLENCE INSURANCE  | 15
            TERM                                        | 14
            """)
    void eachMissingSectionIsAFindingInTheTemplatesOrder(String filledSections, int missing) {
        Set<LocalAgreementSection> filled = EnumSet.noneOf(LocalAgreementSection.class);
        Centres.words(filledSections).forEach(name -> filled.add(LocalAgreementSection.valueOf(name)));

        var lines = R15b.RULE.check(filled);

        assertThat(lines).hasSize(missing).allSatisfy(line -> assertThat(line.outcome()).isEqualTo(Outcome.NOT_MET));
        assertThat(lines.stream().map(line -> LocalAgreementSection.valueOf(
                        line.code().substring("R15b.missing.".length())).templateNumber()).toList())
                .isSorted()
                .doesNotContain(12, 13, 14);
    }
}

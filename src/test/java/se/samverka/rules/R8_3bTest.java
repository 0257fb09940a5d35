package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R8.3b (§8.3, §8.4): child health care is co-located with open pre-school and/or preventive social services,
 * co-located at the same centre. The midwife clinic is not municipal and does not count.
 */
class R8_3bTest {

    static final String AGREEMENT = """
            Barnhälsovården ska vara samlokaliserad med minst en av de kommunala verksamheterna (öppen förskola \
            och/eller förebyggande socialtjänst).
            För barnhälsovårdens del innebär det hela barnhälsovårdens uppdrag. För barnmorskemottagningen utgörs \
            detta av graviditetsrelaterad vård. För förebyggande socialtjänsts del innebär det uppsökande och \
            servicebaserat arbete, till exempel föräldraskapsstöd. För öppna förskolan utgörs det av hela dess \
            verksamhet.
            """;

    @ParameterizedTest(name = "{0} → BHV samlokaliserad med kommunal verksamhet: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | met   | missing
            BHV+ ÖF+              | true  | ''
            BHV+ SOC+             | true  | ''
            BHV+ ÖF- SOC+         | true  | ''
            BHV+ ÖF+ SOC-         | true  | ''
            BMM- BHV+ ÖF+ SOC+    | true  | ''
            BHV+ ÖF- SOC-         | false | R8.3b.co-locate-municipal[ÖF/SOC]
            BHV+ ÖF- BMM+         | false | R8.3b.co-locate-municipal[ÖF/SOC]
            BMM+ BHV+             | false | R8.3b.co-locate-municipal[ÖF/SOC]
            BHV+                  | false | R8.3b.co-locate-municipal[ÖF/SOC]
            BMM+ BHV- ÖF+ SOC+    | false | R8.3b.co-locate-child-health[BHV]
            BMM+ ÖF+ SOC+         | false | R8.3b.co-locate-child-health[BHV]
            BHV- ÖF- SOC-         | false | R8.3b.co-locate-child-health[BHV] R8.3b.co-locate-municipal[ÖF/SOC]
            BMM+                  | false | R8.3b.co-locate-child-health[BHV] R8.3b.co-locate-municipal[ÖF/SOC]
            ''                    | false | R8.3b.co-locate-child-health[BHV] R8.3b.co-locate-municipal[ÖF/SOC]
            """)
    void childHealthCoLocatedWithAMunicipalOperation(String notation, boolean met, String missing) {
        CentreConfiguration centre = Centres.parse(notation, false);

        assertThat(R8_3b.RULE.isMetBy(centre)).isEqualTo(met);
        assertThat(Centres.describe(R8_3b.RULE.missing(centre))).isEqualTo(missing);
        assertThat(R8_3b.RULE.isMetBy(Centres.parse(notation, true))).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | outcome | findings
            BHV+ ÖF- SOC+         | MET     | R8.3b.met
            BHV+ ÖF- BMM+         | NOT_MET | R8.3b.co-locate-municipal[ÖF/SOC]
            BHV- ÖF+              | NOT_MET | R8.3b.co-locate-child-health[BHV]
            ''                    | NOT_MET | R8.3b.co-locate-child-health[BHV] R8.3b.co-locate-municipal[ÖF/SOC]
            """)
    void checklistLines(String notation, Outcome outcome, String findings) {
        var lines = R8_3b.RULE.check(Centres.parse(notation, false));

        assertThat(Centres.describe(lines)).isEqualTo(findings);
        assertThat(lines).allSatisfy(finding -> {
            assertThat(finding.outcome()).isEqualTo(outcome);
            assertThat(finding.ruleId()).isEqualTo("R8.3b");
            assertThat(finding.section()).isEqualTo("8.3");
            assertThat(finding.severity()).isEqualTo(Severity.REQUIREMENT);
            assertThat(finding.countyFollowUp()).isFalse();
        });
    }
}

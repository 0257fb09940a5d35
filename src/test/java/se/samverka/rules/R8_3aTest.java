package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R8.3a (§8.3): a family-centre-like operation has at least three base operations, among them child health care
 * and open pre-school. Co-location is R8.3b's matter, so it plays no part here.
 */
class R8_3aTest {

    static final String AGREEMENT = """
            En familjecentralsliknande verksamhet är en verksamhet med samverkan mellan minst tre av \
            basverksamheterna. Barnhälsovård och öppen förskola ska ingå i samverkan samt ytterligare minst en av \
            de återstående basverksamheterna.
            """;

    @ParameterizedTest(name = "{0} → minst tre med BHV och ÖF: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | met   | missing
            BMM+ BHV+ ÖF+ SOC+    | true  | ''
            BMM- BHV- ÖF- SOC-    | true  | ''
            BMM+ BHV+ ÖF+         | true  | ''
            BHV+ ÖF+ SOC+         | true  | ''
            BHV- ÖF- SOC-         | true  | ''
            ÖF- SOC+ BHV+         | true  | ''
            BMM+ ÖF+ SOC+         | false | R8.3a.participate[BHV]
            BMM+ BHV+ SOC+        | false | R8.3a.participate[ÖF]
            BHV+ ÖF+              | false | R8.3a.participate-any[BMM/SOC]
            BMM+ SOC+             | false | R8.3a.participate[BHV] R8.3a.participate[ÖF]
            BHV+                  | false | R8.3a.participate[ÖF] R8.3a.participate-any[BMM/SOC]
            ÖF+                   | false | R8.3a.participate[BHV] R8.3a.participate-any[BMM/SOC]
            ''                    | false | R8.3a.participate[BHV] R8.3a.participate[ÖF] R8.3a.participate-any[BMM/SOC]
            """)
    void childHealthOpenPreschoolAndOneMore(String notation, boolean met, String missing) {
        CentreConfiguration centre = Centres.parse(notation, false);

        assertThat(R8_3a.RULE.isMetBy(centre)).isEqualTo(met);
        assertThat(Centres.describe(R8_3a.RULE.missing(centre))).isEqualTo(missing);
        assertThat(R8_3a.RULE.isMetBy(Centres.parse(notation, true))).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | outcome | findings
            BMM+ BHV+ ÖF+         | MET     | R8.3a.met
            BHV- ÖF- SOC-         | MET     | R8.3a.met
            BHV+ ÖF+              | NOT_MET | R8.3a.participate-any[BMM/SOC]
            BMM+ SOC+             | NOT_MET | R8.3a.participate[BHV] R8.3a.participate[ÖF]
            ''                    | NOT_MET | R8.3a.participate[BHV] R8.3a.participate[ÖF] R8.3a.participate-any[BMM/SOC]
            """)
    void checklistLines(String notation, Outcome outcome, String findings) {
        var lines = R8_3a.RULE.check(Centres.parse(notation, false));

        assertThat(Centres.describe(lines)).isEqualTo(findings);
        assertThat(lines).allSatisfy(finding -> {
            assertThat(finding.outcome()).isEqualTo(outcome);
            assertThat(finding.ruleId()).isEqualTo("R8.3a");
            assertThat(finding.section()).isEqualTo("8.3");
            assertThat(finding.severity()).isEqualTo(Severity.REQUIREMENT);
            assertThat(finding.countyFollowUp()).isFalse();
        });
    }
}

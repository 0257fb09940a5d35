package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** R8.2 (§8.2, §8.4): a family centre has all four base operations, all co-located. */
class R8_2Test {

    static final String AGREEMENT = """
            En familjecentral är en samlokaliserad verksamhet som minst består av barnmorskemottagning, \
            barnhälsovård, öppen förskola och socialtjänst med inriktning mot förebyggande arbete.
            Samlokalisering innebär att hela den verksamhet som respektive part bedriver som berör \
            familjecentralens eller den familjecentralsliknande verksamhetens uppdrag ska vara fysiskt förlagd \
            till familjecentralen eller den familjecentralsliknande verksamheten.
            """;

    @ParameterizedTest(name = "{0} (prioriterat område: {1}) → familjecentral: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | prioritised | met   | missing                                                                            | reason
            BMM+ BHV+ ÖF+ SOC+    | false       | true  | ''                                                                                 | R8.2.met
            BMM+ BHV+ ÖF+ SOC+    | true        | true  | ''                                                                                 | R8.2.met
            SOC+ ÖF+ BHV+ BMM+    | false       | true  | ''                                                                                 | R8.2.met
            BMM- BHV+ ÖF+ SOC+    | false       | false | R8.2.co-locate[BMM]                                                                | R8.2.not-met[BMM]
            BMM- BHV+ ÖF+ SOC+    | true        | false | R8.2.co-locate[BMM]                                                                | R8.2.not-met[BMM]
            BMM+ BHV- ÖF+ SOC+    | false       | false | R8.2.co-locate[BHV]                                                                | R8.2.not-met[BHV]
            BMM+ BHV+ ÖF- SOC+    | false       | false | R8.2.co-locate[ÖF]                                                                 | R8.2.not-met[ÖF]
            BMM+ BHV+ ÖF+ SOC-    | false       | false | R8.2.co-locate[SOC]                                                                | R8.2.not-met[SOC]
            SOC- ÖF+ BHV- BMM+    | false       | false | R8.2.co-locate[BHV] R8.2.co-locate[SOC]                                            | R8.2.not-met[BHV/SOC]
            BHV+ ÖF+ SOC+         | false       | false | R8.2.participate[BMM]                                                              | R8.2.not-met[BMM]
            BMM+ ÖF+ SOC+         | false       | false | R8.2.participate[BHV]                                                              | R8.2.not-met[BHV]
            BMM+ BHV+ SOC+        | false       | false | R8.2.participate[ÖF]                                                               | R8.2.not-met[ÖF]
            BMM+ BHV+ ÖF+         | true        | false | R8.2.participate[SOC]                                                              | R8.2.not-met[SOC]
            BHV+ ÖF-              | false       | false | R8.2.participate[BMM] R8.2.co-locate[ÖF] R8.2.participate[SOC]                     | R8.2.not-met[BMM/ÖF/SOC]
            BMM- BHV- ÖF- SOC-    | false       | false | R8.2.co-locate[BMM] R8.2.co-locate[BHV] R8.2.co-locate[ÖF] R8.2.co-locate[SOC]     | R8.2.not-met[BMM/BHV/ÖF/SOC]
            ''                    | false       | false | R8.2.participate[BMM] R8.2.participate[BHV] R8.2.participate[ÖF] R8.2.participate[SOC] | R8.2.not-met[BMM/BHV/ÖF/SOC]
            """)
    void allFourBaseOperationsCoLocated(String notation, boolean prioritisedArea, boolean met, String missing,
                                        String reason) {
        CentreConfiguration centre = Centres.parse(notation, prioritisedArea);

        assertThat(R8_2.RULE.isMetBy(centre)).isEqualTo(met);
        assertThat(Centres.describe(R8_2.RULE.missing(centre))).isEqualTo(missing);
        assertThat(Centres.describe(R8_2.RULE.reason(centre))).isEqualTo(reason);
    }
}

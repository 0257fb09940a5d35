package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RB3b (Bilaga 3): in a socioeconomically prioritised area the midwife clinic should be fully co-located with a
 * permanent clinic on site; a shortfall is a recommendation followed up by the county, never a change of kind.
 */
class RB3bTest {

    static final String AGREEMENT = """
            Barnmorskemottagningen prioriterar socioekonomiskt prioriterade områden med full samlokalisering och \
            permanent barnmorskemottagning på plats.
            """;

    @ParameterizedTest(name = "{0} (prioriterat område: {1}) → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | prioritised | outcome        | finding                  | county follow-up | kind
            BMM- BHV+ ÖF+ SOC+    | true        | NOT_MET        | RB3b.not-met[BMM]        | true             | FAMILY_CENTRE_LIKE
            BMM- BHV+ ÖF+ SOC+    | false       | NOT_APPLICABLE | RB3b.not-prioritised     | false            | FAMILY_CENTRE_LIKE
            BMM+ BHV+ ÖF+ SOC+    | true        | MET            | RB3b.met[BMM]            | false            | FAMILY_CENTRE
            BMM+ BHV+ ÖF+ SOC+    | false       | NOT_APPLICABLE | RB3b.not-prioritised     | false            | FAMILY_CENTRE
            BMM+ BHV+ ÖF+         | true        | MET            | RB3b.met[BMM]            | false            | FAMILY_CENTRE_LIKE
            BMM- BHV+ ÖF+         | true        | NOT_MET        | RB3b.not-met[BMM]        | true             | FAMILY_CENTRE_LIKE
            BHV+ ÖF+ SOC+         | true        | NOT_MET        | RB3b.not-met[BMM]        | true             | FAMILY_CENTRE_LIKE
            BMM- BHV+ ÖF-         | true        | NOT_MET        | RB3b.not-met[BMM]        | true             | NOT_COVERED
            """)
    void midwifeClinicFullyCoLocatedInPrioritisedAreas(String notation, boolean prioritisedArea, Outcome outcome,
                                                       String finding, boolean countyFollowUp, CentreKind kind) {
        CentreConfiguration centre = Centres.parse(notation, prioritisedArea);
        Finding line = RB3b.RULE.check(centre);

        assertThat(line.outcome()).isEqualTo(outcome);
        assertThat(Centres.describe(line)).isEqualTo(finding);
        assertThat(line.countyFollowUp()).isEqualTo(countyFollowUp);
        assertThat(line.severity()).isEqualTo(Severity.RECOMMENDATION);
        assertThat(line.ruleId()).isEqualTo("RB3b");
        assertThat(line.section()).isEqualTo("Bilaga 3");
        assertThat(Classifier.classify(centre).kind()).isEqualTo(kind);
        assertThat(Classifier.classify(Centres.parse(notation, !prioritisedArea)).kind()).isEqualTo(kind);
        assertThat(Classifier.classify(centre).findings()).contains(line);
    }
}

package se.samverka.rules;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RB3a (Bilaga 3): outside socioeconomically prioritised areas the midwife clinic need not be co-located; a centre
 * with all four where only the midwife clinic is elsewhere is family-centre-like, and that is no deficiency. It
 * relaxes nothing else: child health care still has to be co-located with a municipal operation (R8.3b).
 */
class RB3aTest {

    static final String AGREEMENT = """
            Inget krav på samlokalisering i övriga områden som inte är socioekonomiskt prioriterade, utan i dessa \
            fall sker samverkan med övriga verksamheter genom lokala samverkansavtal för familjecentralsliknande \
            verksamhet.
            """;

    @ParameterizedTest(name = "{0} (prioriterat område: {1}) → {3}, RB3a: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | prioritised | applies | kind               | deficiencies
            BMM- BHV+ ÖF+ SOC+    | false       | true    | FAMILY_CENTRE_LIKE | ''
            BMM- BHV+ ÖF+ SOC+    | true        | false   | FAMILY_CENTRE_LIKE | ''
            BMM+ BHV+ ÖF+ SOC+    | false       | false   | FAMILY_CENTRE      | ''
            BHV+ ÖF+ SOC+         | false       | false   | FAMILY_CENTRE_LIKE | ''
            BMM- BHV+ ÖF+         | false       | true    | FAMILY_CENTRE_LIKE | ''
            BMM- BHV+ ÖF+ SOC-    | false       | true    | FAMILY_CENTRE_LIKE | ''
            BMM- BHV+ ÖF-         | false       | true    | NOT_COVERED        | R8.3b.co-locate-municipal[ÖF/SOC]
            BMM- BHV- ÖF+ SOC+    | false       | true    | NOT_COVERED        | R8.3b.co-locate-child-health[BHV]
            BMM- ÖF+ SOC+         | false       | true    | NOT_COVERED        | R8.3a.participate[BHV] R8.3b.co-locate-child-health[BHV]
            """)
    void midwifeClinicNeedNotBeCoLocatedOutsidePrioritisedAreas(String notation, boolean prioritisedArea,
                                                                 boolean applies, CentreKind kind,
                                                                 String deficiencies) {
        CentreConfiguration centre = Centres.parse(notation, prioritisedArea);
        Classification classification = Classifier.classify(centre);

        assertThat(RB3a.RULE.appliesTo(centre)).isEqualTo(applies);
        assertThat(RB3a.RULE.reason(centre)).isEqualTo(applies
                ? Optional.of(new Reason("RB3a", "Bilaga 3", "RB3a.midwife-not-co-located",
                        Centres.operations("BMM")))
                : Optional.empty());
        assertThat(classification.kind()).isEqualTo(kind);
        assertThat(classification.ruleIds().contains("RB3a")).isEqualTo(applies);
        assertThat(Centres.describe(classification.findings().stream()
                .filter(f -> f.deficient() && f.severity() == Severity.REQUIREMENT).toList()))
                .isEqualTo(deficiencies);
    }
}

package se.samverka.rules;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R14b (§14.1): shared costs other than the coordinator are split equally among the base operations of a centre
 * established on or after the day the agreement took effect (2024-03-01), unless its local agreement sets another
 * key; an older centre, or one whose establishment is not known, follows its local agreement and splits equally
 * until that sets a key.
 */
class R14bTest {

    static final String AGREEMENT = """
            Gemensamma kostnader utgörs av kostnader kopplade till gemensamma lokaler, samordnartjänsten samt \
            kostnader kopplade till gemensamma insatser enligt verksamhetsplan.
            Till kostnader som är kopplade till gemensamma lokaler ingår bland annat hyra för gemensamma ytor, \
            lokalvård, gemensamma möbler, lås och inbrottslarm, brandskyddsutrustning, utrymnings- och \
            överfallslarm, IT, skrivare och liknande.
            Övriga gemensamma kostnader ska från och med att detta avtal träder i kraft delas lika mellan ingående \
            basverksamheter vid etablering av nya familjecentraler och familjecentralsliknande verksamheter om inte \
            annat överenskommes i det lokala samverkansavtalet.
            """;

    @ParameterizedTest(name = "etablerad {0}, lokal nyckel: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # established | local key | basis
            2024-03-01    | false     | EQUAL
            2024-03-02    | false     | EQUAL
            2030-12-31    | false     | EQUAL
            2024-02-29    | false     | EQUAL_UNTIL_LOCAL_KEY
            2010-01-01    | false     | EQUAL_UNTIL_LOCAL_KEY
                          | false     | EQUAL_UNTIL_LOCAL_KEY
            2024-03-01    | true      | LOCAL_KEY
            2024-02-29    | true      | LOCAL_KEY
            2030-12-31    | true      | LOCAL_KEY
            2010-01-01    | true      | LOCAL_KEY
                          | true      | LOCAL_KEY
            """)
    void newCentresSplitEquallyUnlessTheLocalAgreementSetsAKey(LocalDate establishedOn, boolean localKey,
                                                               R14b.Basis basis) {
        assertThat(R14b.RULE.basis(establishedOn, localKey)).isEqualTo(basis);
    }
}

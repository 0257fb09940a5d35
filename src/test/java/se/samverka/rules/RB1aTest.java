package se.samverka.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * RB1a (Bilaga 1 avsnitt 14): each party insures its own inventory, and the one with the largest share of the
 * centre's premises also insures the shared areas'. When two share the largest, or nobody has any premises, the
 * agreement names no one and the parties have to agree.
 */
class RB1aTest {

    static final String AGREEMENT = """
            Respektive verksamhet försäkrar sina inventarier. Den verksamhet som har störst andel av \
            familjecentralens lokaler försäkrar även de inventarier som finns i de gemensamma ytorna.
            """;

    @ParameterizedTest(name = "andelar {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # shares of the premises (party=share, in this order) | insurer
            BHV=120 ÖF=80 SOC=40                                  | BHV
            ÖF=80 SOC=40 BHV=120                                  | BHV
            BHV=50.5 ÖF=50.4                                      | BHV
            BHV=100                                               | BHV
            BHV=0 ÖF=1                                            | ÖF
            BHV=60 ÖF=60 SOC=30                                   | ''
            SOC=30 BHV=60 ÖF=60                                   | ''
            BHV=60 ÖF=60.0                                        | ''
            BHV=50 ÖF=25 SOC=25                                   | BHV
            ÖF=25 SOC=25 BHV=50                                   | BHV
            ÖF=25 BHV=50 SOC=25                                   | BHV
            ''                                                    | ''
            BHV=0                                                 | ''
            BHV=0 ÖF=0 SOC=0                                      | ''
            """)
    void theLargestShareInsuresTheSharedAreas(String shares, String insurer) {
        assertThat(RB1a.RULE.insurer(shares(shares))).isEqualTo(Optional.ofNullable(insurer.isEmpty() ? null : insurer));
    }

    @ParameterizedTest(name = "andelar {0} → ogiltigt")
    @CsvSource({"BHV=-1", "BHV=100 ÖF=-0.5", "BHV=-5 ÖF=-5"})
    void rejectsANegativeShare(String shares) {
        assertThatIllegalArgumentException().isThrownBy(() -> RB1a.RULE.insurer(shares(shares)));
    }

    private static Map<String, BigDecimal> shares(String cell) {
        var shares = new LinkedHashMap<String, BigDecimal>();
        for (String share : Centres.words(cell)) {
            String[] parts = share.split("=");
            shares.put(parts[0], new BigDecimal(parts[1]));
        }
        return shares;
    }
}

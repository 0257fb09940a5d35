package se.samverka.county;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.centre.CentreState;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.SubRegion;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.Participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry counted on a day is a plain function of the centres' states that day: each centre counts once, as the
 * kind its configuration gives (§8.2–8.4), in its municipality and that municipality's sub-region, and every
 * municipality and sub-region is listed, zeros included.
 */
class RegistryFiguresTest {

    private static final SubRegion GR = new SubRegion("GR", "Göteborgsregionen", 1);
    private static final SubRegion SKARABORG = new SubRegion("SKARABORG", "Skaraborg", 4);
    private static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("1480", "Göteborg", GR),
            new Municipality("1489", "Alingsås", GR),
            new Municipality("1496", "Skövde", SKARABORG),
            new Municipality("1497", "Hjo", SKARABORG));
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    /**
     * Each centre is written municipality:operations, an operation as M, B, O or S (midwife clinic, child health,
     * open pre-school, social services), lower case when not co-located, and * for a prioritised area.
     */
    @ParameterizedTest(name = "{0} → Göteborg {1}, Alingsås {2}, Skövde {3}, Hjo {4}; GR {5}, Skaraborg {6}; län {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # centres                           | Göteborg | Alingsås | Skövde | Hjo   | GR    | Skaraborg | county
                                                | 0/0/0    | 0/0/0    | 0/0/0  | 0/0/0 | 0/0/0 | 0/0/0     | 0/0/0
            1480:MBOS                           | 1/0/0    | 0/0/0    | 0/0/0  | 0/0/0 | 1/0/0 | 0/0/0     | 1/0/0
            1480:mBOS                           | 0/1/0    | 0/0/0    | 0/0/0  | 0/0/0 | 0/1/0 | 0/0/0     | 0/1/0
            1480:mBOS*                          | 0/1/0    | 0/0/0    | 0/0/0  | 0/0/0 | 0/1/0 | 0/0/0     | 0/1/0
            1480:BO                             | 0/0/1    | 0/0/0    | 0/0/0  | 0/0/0 | 0/0/1 | 0/0/0     | 0/0/1
            1480:MbOS                           | 0/0/1    | 0/0/0    | 0/0/0  | 0/0/0 | 0/0/1 | 0/0/0     | 0/0/1
            1480:MBOS 1489:BOS 1496:OS          | 1/0/0    | 0/1/0    | 0/0/1  | 0/0/0 | 1/1/0 | 0/0/1     | 1/1/1
            1496:MBOS 1496:MBOS 1497:BSO        | 0/0/0    | 0/0/0    | 2/0/0  | 0/1/0 | 0/0/0 | 2/1/0     | 2/1/0
            1497:                               | 0/0/0    | 0/0/0    | 0/0/0  | 0/0/1 | 0/0/0 | 0/0/1     | 0/0/1
            """)
    void countsEachCentreOnceAsItsKindWhereItLies(String centres, String goteborg, String alingsas, String skovde,
                                                 String hjo, String gr, String skaraborg, String county) {
        RegistryFigures figures = RegistryFigures.of(DAY, states(centres), MUNICIPALITIES, List.of(GR, SKARABORG));

        assertThat(figures.on()).isEqualTo(DAY);
        assertThat(figures.municipalities()).extracting(RegistryFigures.Row::code)
                .containsExactly("1480", "1489", "1496", "1497");
        assertThat(figures.municipalities()).extracting(RegistryFigures.Row::subRegion)
                .containsExactly("Göteborgsregionen", "Göteborgsregionen", "Skaraborg", "Skaraborg");
        assertThat(figures.municipalities()).extracting(RegistryFigures.Row::count)
                .containsExactly(count(goteborg), count(alingsas), count(skovde), count(hjo));
        assertThat(figures.subRegions()).extracting(RegistryFigures.Row::name)
                .containsExactly("Göteborgsregionen", "Skaraborg");
        assertThat(figures.subRegions()).extracting(RegistryFigures.Row::count)
                .containsExactly(count(gr), count(skaraborg));
        assertThat(figures.total()).isEqualTo(count(county));
    }

    private static KindCount count(String text) {
        int[] parts = Arrays.stream(text.split("/")).mapToInt(Integer::parseInt).toArray();
        return new KindCount(parts[0], parts[1], parts[2]);
    }

    private static List<CentreState> states(String centres) {
        List<CentreState> states = new ArrayList<>();
        if (centres == null) {
            return states;
        }
        long id = 1;
        for (String centre : centres.trim().split("\\s+")) {
            String municipality = centre.substring(0, 4);
            String operations = centre.substring(5);
            boolean prioritised = operations.endsWith("*");
            List<Participation> participations = new ArrayList<>();
            for (char letter : operations.replace("*", "").toCharArray()) {
                BaseOperation operation = switch (Character.toUpperCase(letter)) {
                    case 'M' -> BaseOperation.MIDWIFE_CLINIC;
                    case 'B' -> BaseOperation.CHILD_HEALTH;
                    case 'O' -> BaseOperation.OPEN_PRESCHOOL;
                    case 'S' -> BaseOperation.PREVENTIVE_SOCIAL_SERVICES;
                    default -> throw new IllegalArgumentException(centre);
                };
                participations.add(new Participation(operation, Character.isUpperCase(letter)));
            }
            states.add(CentreState.of(id++, DAY.minusMonths(1), "Centrum " + id, municipality,
                    new CentreConfiguration(participations, java.util.Set.of(), prioritised), null, null, null,
                    null));
        }
        return states;
    }
}

package se.samverka.county;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.samverka.county.MunicipalityMap.Shape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The county map: every municipality of Västra Götaland once, as valid SVG path data inside the view box, drawn
 * the right way up and in proportion.
 */
class MunicipalityMapTest {

    private static final String NUMBER = "-?\\d+(?:\\.\\d)?";
    private static final String PAIR = NUMBER + " " + NUMBER;
    private static final Pattern PATH = Pattern.compile("(?:M" + PAIR + "(?:L" + PAIR + ")*+Z)++");
    private static final Pattern MUNICIPALITY_ROW = Pattern.compile(
            "\\('(14\\d\\d)', '([^']+)', '(?:GR|FYRBODAL|SJUHARAD|SKARABORG)'\\)");

    private final MunicipalityMap map = new MunicipalityMap();

    @Test
    void drawsTheFortyNineMunicipalitiesOfTheDatabaseSortedByCode() throws IOException {
        List<Tuple> municipalities = municipalitiesOfTheMigration();
        assertThat(municipalities).hasSize(49);

        assertThat(map.shapes()).hasSize(49)
                .isSortedAccordingTo(Comparator.comparing(Shape::code))
                .extracting(Shape::code, Shape::name)
                .containsExactlyInAnyOrderElementsOf(municipalities);
    }

    @Test
    void everyPathIsClosedSvgPathDataOfMovesAndLines() {
        assertThat(map.shapes()).allSatisfy(shape -> {
            assertThat(shape.path()).startsWith("M").endsWith("Z").matches("[MLZ0-9. -]+");
            assertThat(PATH.matcher(shape.path()).matches()).as(shape.code() + " " + shape.path()).isTrue();
        });
    }

    @Test
    void everyCoordinateLiesInsideTheViewBoxWhichTheCountyFillsInProportion() {
        assertThat(map.viewBox()).matches("0 0 1000 \\d+");
        double height = Double.parseDouble(map.viewBox().split(" ")[3]);
        // Västra Götaland is about 236 km from north to south and 210 km from east to west; an unscaled
        // longitude would make the map about 600 high.
        assertThat(height).isBetween(1080.0, 1160.0);

        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Shape shape : map.shapes()) {
            String[] numbers = shape.path().replaceAll("[MLZ]", " ").trim().split(" +");
            assertThat(numbers.length % 2).as(shape.code()).isZero();
            for (int i = 0; i < numbers.length; i += 2) {
                double x = Double.parseDouble(numbers[i]);
                double y = Double.parseDouble(numbers[i + 1]);
                assertThat(x).as(shape.code()).isBetween(0.0, 1000.0);
                assertThat(y).as(shape.code()).isBetween(0.0, height);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
            assertThat(shape.labelX()).as(shape.code()).isBetween(0.0, 1000.0);
            assertThat(shape.labelY()).as(shape.code()).isBetween(0.0, height);
        }
        assertThat(minX).isBetween(1.0, 50.0);
        assertThat(maxX).isBetween(950.0, 999.0);
    }

    @Test
    void theMapIsNorthUp() {
        Shape goteborg = shape("1480");
        Shape skovde = shape("1496");
        assertThat(goteborg.labelX()).isLessThan(skovde.labelX());
        assertThat(goteborg.labelY()).isGreaterThan(skovde.labelY());

        // Bengtsfors, in Dalsland, reaches furthest north; Strömstad, on the coast, does not.
        assertThat(map.shapes().stream().min(Comparator.comparingDouble(Shape::labelY)))
                .get().extracting(Shape::code).isEqualTo("1460");
        assertThat(shape("1486").labelX()).isLessThan(shape("1460").labelX());
    }

    @Test
    void aMunicipalityOfSeveralIslandsIsDrawnWithSeveralRings() {
        assertThat(rings(shape("1407"))).isGreaterThan(1);
        assertThat(rings(shape("1421"))).isEqualTo(3);
        assertThat(rings(shape("1496"))).isEqualTo(1);
    }

    private static long rings(Shape shape) {
        return shape.path().chars().filter(c -> c == 'M').count();
    }

    private Shape shape(String code) {
        return map.shapes().stream().filter(shape -> shape.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Tuple> municipalitiesOfTheMigration() throws IOException {
        String migration;
        try (InputStream in = MunicipalityMapTest.class.getResourceAsStream("/db/migration/V1_1__organisation.sql")) {
            assertThat(in).isNotNull();
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return MUNICIPALITY_ROW.matcher(migration).results()
                .map(row -> tuple(row.group(1), row.group(2))).toList();
    }
}

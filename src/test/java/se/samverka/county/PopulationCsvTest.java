package se.samverka.county;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverka.county.PopulationCsv.Figures;
import se.samverka.county.PopulationCsv.Measure;
import se.samverka.county.PopulationCsv.Problem;
import se.samverka.county.PopulationCsv.Rejected;
import se.samverka.county.PopulationCsv.Result;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Population figures as exported from SCB's Statistikdatabasen: the children aged 0–5 or the live births of every
 * municipality in the county for the chosen year, in any of the layouts, separators and encodings PxWeb writes; and a
 * clear problem, with its line, for every kind of bad file.
 */
class PopulationCsvTest {

    private static final Pattern MUNICIPALITY_ROW = Pattern.compile(
            "\\('(14\\d\\d)', '([^']+)', '(?:GR|FYRBODAL|SJUHARAD|SKARABORG)'\\)");
    private static final Map<String, String> MUNICIPALITIES = municipalitiesOfTheMigration();
    /** The Swedish texts of the message bundle, as the page words the problems. */
    private static final PopulationCsv.Messages MESSAGES = swedish();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> TITLE = List.of("Folkmängden efter region, ålder och år", "");
    /** Regions that are not municipalities of the county, each with ages 0–5 that must not be counted. */
    private static final List<String> OTHER_REGIONS = List.of("00 Riket", "14 Västra Götalands län", "1280 Malmö");
    private static final List<String> AGES = List.of(
            "0 år", "1 år", "2 år", "3 år", "4 år", "5 år", "6 år", "100+ år", "totalt ålder");
    private static final int NOT_COUNTED = 50_000;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    // Figures chosen so that every municipality, age and year differs and all have four digits.

    private static int children(String code, int age, int year) {
        return (Integer.parseInt(code) - 1400) * 100 + age * 7 + 1000 + (year - 2023) * 3;
    }

    private static int births(String code, int year) {
        return (Integer.parseInt(code) - 1400) * 11 + 1000 + (year - 2023) * 5;
    }

    private static Map<String, Integer> childrenAged0To5(int year) {
        Map<String, Integer> expected = new TreeMap<>();
        MUNICIPALITIES.keySet().forEach(code -> expected.put(code,
                IntStream.rangeClosed(0, 5).map(age -> children(code, age, year)).sum()));
        return expected;
    }

    private static Map<String, Integer> births(int year) {
        Map<String, Integer> expected = new TreeMap<>();
        MUNICIPALITIES.keySet().forEach(code -> expected.put(code, births(code, year)));
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2022, 2023})
    void readsTheChosenYearOfAWideUtf8CommaFileWithATitle(int year) {
        String csv = render(TITLE, wideChildren(List.of(2022, 2023), String::valueOf), ",", true);
        assertThat(csv).startsWith(
                "\"Folkmängden efter region, ålder och år\"\n\n\"region\",\"ålder\",\"2022\",\"2023\"\n");

        assertThat(PopulationCsv.parse(utf8(csv), year, MUNICIPALITIES, MESSAGES))
                .isEqualTo(new Figures(year, Measure.CHILDREN_AGED_0_TO_5, childrenAged0To5(year)));
    }

    @Test
    void readsAYearColumnNamedWithTheContentsToo() {
        String csv = render(TITLE, wideChildren(List.of(2022, 2023), String::valueOf), ",", true)
                .replace("\"2022\",\"2023\"", "\"Folkmängd 2022\",\"Folkmängd 2023\"");
        assertThat(csv).contains("\"region\",\"ålder\",\"Folkmängd 2022\",\"Folkmängd 2023\"\n");

        assertThat(PopulationCsv.parse(utf8(csv), 2023, MUNICIPALITIES, MESSAGES))
                .isEqualTo(new Figures(2023, Measure.CHILDREN_AGED_0_TO_5, childrenAged0To5(2023)));
    }

    @Test
    void readsALongSemicolonFileInWindows1252() {
        String csv = render(TITLE, longChildren(List.of(2022, 2023), String::valueOf, "Folkmängd"), ";", true);
        byte[] content = csv.getBytes(WINDOWS_1252);
        assertThat(new String(content, StandardCharsets.UTF_8)).as("not valid UTF-8").contains("\uFFFD");

        Result result = PopulationCsv.parse(content, 2023, MUNICIPALITIES, MESSAGES);

        assertThat(result).isEqualTo(new Figures(2023, Measure.CHILDREN_AGED_0_TO_5, childrenAged0To5(2023)));
    }

    @ParameterizedTest(name = "lines ending {0}")
    @ValueSource(strings = {"\n", "\r\n", "\t\r\n"})
    void readsATabSeparatedFileWithAByteOrderMark(String lineEnd) {
        String csv = render(List.of(), wideChildren(List.of(2023), String::valueOf), "\t", false)
                .replace("\n", lineEnd);
        byte[] content = concat(BOM, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(PopulationCsv.parse(content, 2023, MUNICIPALITIES, MESSAGES))
                .isEqualTo(new Figures(2023, Measure.CHILDREN_AGED_0_TO_5, childrenAged0To5(2023)));
    }

    @Test
    void readsRegionsGivenByNameOnlyAndAgesByNumberOnly() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("region", "ålder", "2023"));
        for (Map.Entry<String, String> municipality : MUNICIPALITIES.entrySet()) {
            for (int age = 0; age <= 6; age++) {
                int value = age == 6 ? NOT_COUNTED : children(municipality.getKey(), age, 2023);
                rows.add(List.of(municipality.getValue(), String.valueOf(age), String.valueOf(value)));
            }
        }

        assertThat(PopulationCsv.parse(utf8(render(List.of(), rows, ",", true)), 2023, MUNICIPALITIES, MESSAGES))
                .isEqualTo(new Figures(2023, Measure.CHILDREN_AGED_0_TO_5, childrenAged0To5(2023)));
    }

    static Stream<Arguments> birthFiles() {
        return Stream.of(
                Arguments.of("wide, comma", render(List.of("Levande födda efter region och år", ""),
                        wideBirths(List.of(2022, 2023)), ",", true)),
                Arguments.of("long, semicolon", render(List.of(), longBirths(List.of(2022, 2023)), ";", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("birthFiles")
    void readsLiveBirthsFromATableWithoutAnAgeColumn(String layout, String csv) {
        assertThat(PopulationCsv.parse(utf8(csv), 2022, MUNICIPALITIES, MESSAGES))
                .isEqualTo(new Figures(2022, Measure.LIVE_BIRTHS, births(2022)));
    }

    @ParameterizedTest(name = "thousands separated by U+{0}")
    @ValueSource(strings = {"0020", "00A0", "202F"})
    void readsNumbersWithThousandsSeparators(String separator) {
        String space = Character.toString(Integer.parseInt(separator, 16));
        Function<Integer, String> grouped = number -> number / 1000 + space
                + String.format("%03d", number % 1000);
        String csv = render(TITLE, longChildren(List.of(2023), grouped, "Folkmängd"), ";", false);
        assertThat(csv).contains("1401 Härryda;0 år;2023;1" + space + "100\n");

        assertThat(PopulationCsv.parse(utf8(csv), 2023, MUNICIPALITIES, MESSAGES))
                .isEqualTo(new Figures(2023, Measure.CHILDREN_AGED_0_TO_5, childrenAged0To5(2023)));
    }

    static Stream<Arguments> badFiles() {
        List<List<String>> wide = wideChildren(List.of(2022, 2023), String::valueOf);
        int stenungsund3 = indexOf(wide, "1415 Stenungsund", "3 år");
        int stenungsund3Line = TITLE.size() + 1 + stenungsund3;
        List<List<String>> withDuplicate = new ArrayList<>(wide);
        withDuplicate.add(wide.get(stenungsund3));
        List<List<String>> births = wideBirths(List.of(2023));
        int harryda = indexOf(births, "1401 Härryda");
        int kungalv = indexOf(births, "1482 Kungälv");
        List<List<String>> birthsWithDuplicate = new ArrayList<>(births);
        birthsWithDuplicate.add(kungalv + 1, births.get(harryda));
        String notACount = " för Stenungsund, 3 år är inte ett heltal mellan 0 och 9 999 999.";

        return Stream.of(
                bad("an empty file", new byte[0], problem("Filen är tom.")),
                bad("only a byte order mark and blank lines", concat(BOM, utf8(" \r\n\n")),
                        problem("Filen är tom.")),
                bad("more than 100 000 lines", utf8("\"region\",\"2023\"\n" + "\"00 Riket\",1\n".repeat(100_000)),
                        problem("Filen har fler än 100 000 rader.")),
                bad("no column named region",
                        utf8("Folkmängd\n\n\"kommun\",\"ålder\",\"2023\"\n\"1401 Härryda\",\"0 år\",1\n"),
                        problem("Hittar ingen rubrikrad med kolumnen ”region”. "
                                + "Ladda upp tabellen som CSV från Statistikdatabasen.")),
                bad("wide without the year", csv(wideChildren(List.of(2021, 2022), String::valueOf)),
                        problem("Filen har inga uppgifter för 2023. Den har uppgifter för 2021, 2022.")),
                bad("long without the year",
                        utf8(render(TITLE, longChildren(List.of(2022), String::valueOf, "Folkmängd"), ";", true)),
                        problem("Filen har inga uppgifter för 2023. Den har uppgifter för 2022.")),
                bad("neither a year column nor years", utf8("\"region\",\"ålder\"\n\"1401 Härryda\",\"0 år\"\n"),
                        problem(1, "Rubrikraden har varken kolumnen ”år” eller en kolumn per år.")),
                bad("a column split by sex", csv(List.of(List.of("region", "ålder", "kön", "2023"))),
                        problem(3, "Kolumnen ”kön” går inte att tolka. "
                                + "Tabellen får bara delas upp på region, ålder och år.")),
                bad("long with two further columns",
                        utf8("\"region\";\"ålder\";\"kön\";\"år\";\"Folkmängd\"\n"),
                        problem(1, "Kolumnerna ”kön”, ”Folkmängd” går inte att tolka. "
                                + "Tabellen får bara delas upp på region, ålder och år, med en kolumn för värdena.")),
                bad("long without a value column", utf8("region;ålder;år\n1401 Härryda;0 år;2023\n"),
                        problem(1, "Rubrikraden saknar en kolumn med värden.")),
                bad("population without ages", utf8(render(List.of(), longBirths(List.of(2023)), ";", true)
                                .replace("Levande födda", "Folkmängd")),
                        problem("Filen gäller folkmängd men saknar kolumnen ”ålder”. "
                                + "Välj åldrarna 0–5 år när tabellen tas fram.")),
                bad("a decimal", withValue(wide, stenungsund3, "12,5"),
                        problem(stenungsund3Line, "Värdet ”12,5”" + notACount)),
                bad("a negative number", withValue(wide, stenungsund3, "-3"),
                        problem(stenungsund3Line, "Värdet ”-3”" + notACount)),
                bad("a word", withValue(wide, stenungsund3, "många"),
                        problem(stenungsund3Line, "Värdet ”många”" + notACount)),
                bad("too large a number", withValue(wide, stenungsund3, "10 000 000"),
                        problem(stenungsund3Line, "Värdet ”10 000 000”" + notACount)),
                bad("an empty value", withValue(wide, stenungsund3, ""),
                        problem(stenungsund3Line, "Värde saknas för Stenungsund, 3 år.")),
                bad("two dots for missing", withValue(wide, stenungsund3, ".."),
                        problem(stenungsund3Line, "Värde saknas för Stenungsund, 3 år (”..”).")),
                bad("a dash for missing", withValue(wide, stenungsund3, "-"),
                        problem(stenungsund3Line, "Värde saknas för Stenungsund, 3 år (”-”).")),
                bad("a municipality twice for one age", csv(withDuplicate),
                        problem(TITLE.size() + withDuplicate.size(), "Stenungsund, 3 år förekommer en andra gång "
                                + "(första gången på rad " + stenungsund3Line + ").")),
                bad("a municipality twice in births", utf8(render(List.of(), birthsWithDuplicate, ",", true)),
                        problem(kungalv + 2,
                                "Härryda förekommer en andra gång (första gången på rad " + (harryda + 1)
                                        + ").")),
                bad("a row with too few fields",
                        csv(replaced(wide, stenungsund3, List.of("1415 Stenungsund", "3 år", "12"))),
                        problem(stenungsund3Line, "Raden har 3 fält men rubrikraden har 4."),
                        problem("Stenungsund saknar åldern 3 år.")),
                bad("two municipalities missing", csv(without(wide, "1419 Tjörn", "1492 Åmål")),
                        problem("Filen saknar 2 kommuner: Tjörn, Åmål.")),
                bad("one municipality missing", csv(without(wide, "1419 Tjörn")),
                        problem("Filen saknar kommunen Tjörn.")),
                bad("no municipality of the county",
                        csv(List.of(List.of("region", "ålder", "2023"), List.of("00 Riket", "0 år", "100000"))),
                        problem("Filen har inga uppgifter om länets kommuner.")),
                bad("only the total of all ages", csv(onlyAges(wide, "totalt ålder")),
                        problem("Filen saknar åldrarna 0–5 år. "
                                + "Välj åldrarna 0 år till 5 år (ettårsklasser) när tabellen tas fram.")),
                bad("ages missing for one municipality", csv(withoutAges(wide, "1497 Hjo", "4 år", "5 år")),
                        problem("Hjo saknar åldrarna 4 år, 5 år.")),
                bad("several problems at once",
                        csv(without(replaced(wide, stenungsund3, withCell(wide.get(stenungsund3), 3, "..")),
                                "1419 Tjörn")),
                        problem(stenungsund3Line, "Värde saknas för Stenungsund, 3 år (”..”)."),
                        problem("Filen saknar kommunen Tjörn.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void rejectsABadFileWithItsProblemsInSwedish(String file, byte[] content, List<Problem> problems) {
        assertThat(PopulationCsv.parse(content, 2023, MUNICIPALITIES, MESSAGES)).isEqualTo(new Rejected(problems));
    }

    @Test
    void aProblemOfALineSaysWhichLine() {
        assertThat(new Problem(12, "Värde saknas för Hjo, 3 år (”..”).").text(MESSAGES))
                .isEqualTo("Rad 12: Värde saknas för Hjo, 3 år (”..”).");
        assertThat(new Problem(null, "Filen är tom.").text(MESSAGES)).isEqualTo("Filen är tom.");
    }

    @Test
    void ignoresValuesOfOtherYearsRegionsAndAges() {
        List<List<String>> rows = wideChildren(List.of(2022, 2023), String::valueOf);
        rows = replaced(rows, indexOf(rows, "1415 Stenungsund", "3 år"),
                withCell(rows.get(indexOf(rows, "1415 Stenungsund", "3 år")), 2, ".."));
        rows = replaced(rows, indexOf(rows, "1415 Stenungsund", "totalt ålder"),
                withCell(rows.get(indexOf(rows, "1415 Stenungsund", "totalt ålder")), 3, "x"));
        rows = replaced(rows, indexOf(rows, "00 Riket", "0 år"), List.of("00 Riket", "0 år", "-", "?"));

        assertThat(PopulationCsv.parse(utf8(render(TITLE, rows, ",", true)), 2023, MUNICIPALITIES, MESSAGES))
                .isEqualTo(new Figures(2023, Measure.CHILDREN_AGED_0_TO_5, childrenAged0To5(2023)));
    }

    // Tables as PxWeb lays them out: a header row, then the regions in SCB's order, each with every age.

    private static List<List<String>> wideChildren(List<Integer> years, Function<Integer, String> number) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("region", "ålder"));
        years.forEach(year -> header.add(String.valueOf(year)));
        rows.add(header);
        for (String region : regions()) {
            for (String age : AGES) {
                List<String> row = new ArrayList<>(List.of(region, age));
                years.forEach(year -> row.add(number.apply(childrenOf(region, age, year))));
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> longChildren(List<Integer> years, Function<Integer, String> number,
                                                   String contents) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("region", "ålder", "år", contents));
        for (String region : regions()) {
            for (String age : AGES) {
                for (int year : years) {
                    rows.add(List.of(region, age, String.valueOf(year), number.apply(childrenOf(region, age, year))));
                }
            }
        }
        return rows;
    }

    private static List<List<String>> wideBirths(List<Integer> years) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("region"));
        years.forEach(year -> header.add(String.valueOf(year)));
        rows.add(header);
        for (String region : regions()) {
            List<String> row = new ArrayList<>(List.of(region));
            years.forEach(year -> row.add(String.valueOf(birthsOf(region, year))));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> longBirths(List<Integer> years) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("region", "år", "Levande födda"));
        for (String region : regions()) {
            for (int year : years) {
                rows.add(List.of(region, String.valueOf(year), String.valueOf(birthsOf(region, year))));
            }
        }
        return rows;
    }

    private static List<String> regions() {
        List<String> regions = new ArrayList<>(OTHER_REGIONS);
        MUNICIPALITIES.forEach((code, name) -> regions.add(code + " " + name));
        return regions;
    }

    private static int childrenOf(String region, String age, int year) {
        String code = region.substring(0, region.indexOf(' '));
        int single = AGES.indexOf(age);
        return MUNICIPALITIES.containsKey(code) && single <= 5 ? children(code, single, year) : NOT_COUNTED;
    }

    private static int birthsOf(String region, int year) {
        String code = region.substring(0, region.indexOf(' '));
        return MUNICIPALITIES.containsKey(code) ? births(code, year) : NOT_COUNTED;
    }

    private static String render(List<String> title, List<List<String>> rows, String separator, boolean quoted) {
        Function<String, String> cell = quoted ? text -> "\"" + text + "\"" : text -> text;
        StringBuilder csv = new StringBuilder();
        title.forEach(line -> csv.append(line.isEmpty() ? "" : cell.apply(line)).append('\n'));
        for (List<String> row : rows) {
            // PxWeb quotes texts, not numbers.
            csv.append(row.stream().map(text -> text.matches("[0-9]+") && row != rows.get(0) ? text : cell.apply(text))
                    .collect(Collectors.joining(separator))).append('\n');
        }
        return csv.toString();
    }

    private static int indexOf(List<List<String>> rows, String... firstCells) {
        List<String> wanted = Arrays.asList(firstCells);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).subList(0, firstCells.length).equals(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No row " + wanted);
    }

    private static List<List<String>> without(List<List<String>> rows, String... regions) {
        return rows.stream().filter(row -> !Arrays.asList(regions).contains(row.get(0))).toList();
    }

    private static List<List<String>> withoutAges(List<List<String>> rows, String region, String... ages) {
        return rows.stream()
                .filter(row -> !(row.get(0).equals(region) && Arrays.asList(ages).contains(row.get(1)))).toList();
    }

    private static List<List<String>> onlyAges(List<List<String>> rows, String age) {
        return rows.stream().filter(row -> row == rows.get(0) || row.get(1).equals(age)).toList();
    }

    private static List<List<String>> replaced(List<List<String>> rows, int index, List<String> row) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.set(index, row);
        return copy;
    }

    private static List<String> withCell(List<String> row, int index, String text) {
        List<String> copy = new ArrayList<>(row);
        copy.set(index, text);
        return copy;
    }

    /** The rows as a UTF-8 comma file with a title, as PxWeb saves it. */
    private static byte[] csv(List<List<String>> rows) {
        return utf8(render(TITLE, rows, ",", true));
    }

    /** A comma file with a title whose 2023 value in the given row is {@code text}. */
    private static byte[] withValue(List<List<String>> rows, int index, String text) {
        return csv(replaced(rows, index, withCell(rows.get(index), 3, text)));
    }

    private static Arguments bad(String file, byte[] content, Problem... problems) {
        return Arguments.of(file, content, List.of(problems));
    }

    private static Problem problem(String message) {
        return new Problem(null, message);
    }

    private static Problem problem(int line, String message) {
        return new Problem(line, message);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static Map<String, String> municipalitiesOfTheMigration() {
        try (InputStream in = PopulationCsvTest.class.getResourceAsStream("/db/migration/V1_1__organisation.sql")) {
            assertThat(in).isNotNull();
            Map<String, String> municipalities = new LinkedHashMap<>();
            MUNICIPALITY_ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results()
                    .forEach(row -> municipalities.put(row.group(1), row.group(2)));
            assertThat(municipalities).hasSize(49)
                    .containsEntry("1401", "Härryda").containsEntry("1499", "Falköping");
            return Collections.unmodifiableMap(municipalities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PopulationCsv.Messages swedish() {
        var bundle = new org.springframework.context.support.ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return (key, arguments) -> bundle.getMessage(key, arguments, java.util.Locale.of("sv"));
    }
}

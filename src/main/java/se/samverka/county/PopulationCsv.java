package se.samverka.county;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Population figures per municipality for one year, read from a table exported as CSV from SCB's Statistikdatabasen
 * (PxWeb): the number of children aged 0–5 from a table with an age column, otherwise the number of live births.
 * <p>
 * The table may have one column per year ({@code "region","ålder","2023"}) or a column for the year and one for the
 * values ({@code "region";"ålder";"år";"Folkmängd"}), comma, semicolon or tab separated, in UTF-8 or Windows-1252,
 * with title lines above the header. Rows for other regions and other ages are ignored. Bad input gives problems in
 * the user's words ({@code county.population.csv.*} in the message bundles), never an exception.
 */
final class PopulationCsv {

    private static final int MAX_LINES = 100_000;
    private static final int OLDEST_CHILD = 5;
    private static final char[] SEPARATORS = {'\t', ';', ','};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A year column's header: the year, or in some exports the contents and the year ("Folkmängd 2023"). */
    private static final Pattern YEAR_HEADER = Pattern.compile("(?:.*\\h)?(\\d{4})");
    /** "1401 Härryda", "1401", "14 Västra Götalands län", "00 Riket". */
    private static final Pattern REGION_CODE = Pattern.compile("(\\d+)(?:\\h.*)?");
    /** "3 år" or "3"; not "100+ år", "0-4 år" or "totalt ålder". */
    private static final Pattern SINGLE_AGE = Pattern.compile("(\\d{1,3})(?:\\h*år)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,7}");
    private static final Pattern THOUSANDS_SEPARATORS = Pattern.compile("[ \\u00A0\\u202F]");
    private static final Set<String> MISSING = Set.of("..", "-");

    enum Measure {
        CHILDREN_AGED_0_TO_5,
        LIVE_BIRTHS
    }

    sealed interface Result permits Figures, Rejected {
    }

    /** The figure of every expected municipality, by SCB code. */
    record Figures(int year, Measure measure, Map<String, Integer> byMunicipality) implements Result {
    }

    record Rejected(List<Problem> problems) implements Result {
    }

    /** The message bundle's text of a key with its arguments: {@link se.samverka.platform.Texts#message}. */
    @FunctionalInterface
    interface Messages {

        String text(String key, Object... arguments);
    }

    /** What is wrong, worded; {@code line} is the file's line, counted from 1, or null for the whole file. */
    record Problem(Integer line, String message) {

        String text(Messages messages) {
            return line == null ? message : messages.text(KEY + "line", String.valueOf(line), message);
        }
    }

    private static final String KEY = "county.population.csv.";

    private record Header(int index, char separator, List<String> names) {
    }

    /** Column indexes; {@code age} and {@code year} are -1 when there is no such column. */
    private record Layout(int region, int age, int year, int value) {
    }

    private PopulationCsv() {
    }

    /**
     * @param municipalities the municipalities the file must cover, SCB code → name; all other regions are ignored
     */
    static Result parse(byte[] content, int year, Map<String, String> municipalities, Messages messages) {
        String text = decode(content);
        if (text.isBlank()) {
            return rejected(null, messages.text(KEY + "empty"));
        }
        List<String> lines = text.lines().limit(MAX_LINES + 1L).toList();
        if (lines.size() > MAX_LINES) {
            return rejected(null, messages.text(KEY + "too-many-lines"));
        }
        Header header = header(lines);
        if (header == null) {
            return rejected(null, messages.text(KEY + "no-header"));
        }
        List<Problem> problems = new ArrayList<>();
        Layout layout = layout(header, year, problems, messages);
        if (layout == null) {
            return new Rejected(List.copyOf(problems));
        }
        // A population table without ages would otherwise be read as births.
        if (layout.age() < 0 && String.join("\n", lines.subList(0, header.index() + 1)).toLowerCase(Locale.ROOT)
                .contains("folkmängd")) {
            return rejected(null, messages.text(KEY + "population-without-age"));
        }
        return read(lines, header, layout, year, municipalities, messages);
    }

    /** Where the region, age, year and the chosen year's values are; null after adding to problems what is wrong. */
    private static Layout layout(Header header, int year, List<Problem> problems, Messages messages) {
        int line = header.index() + 1;
        List<String> names = header.names();
        int region = column(names, "region");
        int age = column(names, "ålder");
        int yearColumn = column(names, "år");
        List<Integer> others = IntStream.range(0, names.size())
                .filter(i -> i != region && i != age && i != yearColumn).boxed().toList();
        if (yearColumn >= 0) {
            if (others.size() == 1) {
                return new Layout(region, age, yearColumn, others.get(0));
            }
            problems.add(new Problem(line, others.isEmpty() ? messages.text(KEY + "no-value-column")
                    : messages.text(KEY + "unknown-columns-long", columns(names, others, messages))));
            return null;
        }
        Map<Integer, Integer> columnByYear = new TreeMap<>();
        List<Integer> unknown = new ArrayList<>();
        for (int column : others) {
            Matcher matcher = YEAR_HEADER.matcher(names.get(column));
            if (matcher.matches()) {
                columnByYear.put(Integer.parseInt(matcher.group(1)), column);
            } else {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new Problem(line, messages.text(KEY + "unknown-columns-wide",
                    columns(names, unknown, messages))));
        } else if (columnByYear.isEmpty()) {
            problems.add(new Problem(line, messages.text(KEY + "no-year")));
        } else if (!columnByYear.containsKey(year)) {
            problems.add(new Problem(null, yearMissing(year, columnByYear.keySet(), messages)));
        } else {
            return new Layout(region, age, -1, columnByYear.get(year));
        }
        return null;
    }

    private static Result read(List<String> lines, Header header, Layout layout, int year,
                               Map<String, String> municipalities, Messages messages) {
        Map<String, String> codeByName = new HashMap<>();
        municipalities.forEach((code, name) -> codeByName.put(name.toLowerCase(Locale.ROOT), code));
        String chosenYear = Integer.toString(year);
        int width = header.names().size();
        List<Problem> problems = new ArrayList<>();
        SortedSet<Integer> years = new TreeSet<>();
        Set<String> present = new HashSet<>();
        Map<String, Set<Integer>> agesByMunicipality = new HashMap<>();
        Map<String, Integer> firstLineByKey = new HashMap<>();
        Map<String, Integer> totals = new TreeMap<>();
        for (int index = header.index() + 1; index < lines.size(); index++) {
            int line = index + 1;
            if (lines.get(index).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(index), header.separator(), width);
            if (layout.year() >= 0 && layout.year() < cells.size()
                    && YEAR.matcher(cells.get(layout.year())).matches()) {
                years.add(Integer.parseInt(cells.get(layout.year())));
            }
            String code = layout.region() < cells.size()
                    ? municipalityCode(cells.get(layout.region()), municipalities, codeByName) : null;
            if (code == null) {
                continue;
            }
            if (cells.size() != width) {
                problems.add(new Problem(line, messages.text(KEY + "cells", String.valueOf(cells.size()),
                        String.valueOf(width))));
                continue;
            }
            if (layout.year() >= 0 && !cells.get(layout.year()).equals(chosenYear)) {
                continue;
            }
            present.add(code);
            Integer age = null;
            if (layout.age() >= 0) {
                age = singleAge(cells.get(layout.age()));
                if (age == null || age > OLDEST_CHILD) {
                    continue;
                }
                agesByMunicipality.computeIfAbsent(code, c -> new TreeSet<>()).add(age);
            }
            String subject = age == null ? municipalities.get(code)
                    : messages.text(KEY + "subject", municipalities.get(code), String.valueOf(age));
            Integer earlier = firstLineByKey.putIfAbsent(code + "/" + age, line);
            if (earlier != null) {
                problems.add(new Problem(line, messages.text(KEY + "twice", subject, String.valueOf(earlier))));
                continue;
            }
            String value = cells.get(layout.value());
            String digits = THOUSANDS_SEPARATORS.matcher(value).replaceAll("");
            if (digits.isEmpty() || MISSING.contains(digits)) {
                problems.add(new Problem(line, value.isEmpty() ? messages.text(KEY + "value-missing", subject)
                        : messages.text(KEY + "value-missing-as", subject, value)));
            } else if (!COUNT.matcher(digits).matches()) {
                problems.add(new Problem(line, messages.text(KEY + "not-a-count", value, subject)));
            } else {
                totals.merge(code, Integer.parseInt(digits), Integer::sum);
            }
        }

        if (layout.year() >= 0 && !years.contains(year)) {
            problems.add(new Problem(null, yearMissing(year, years, messages)));
        } else if (present.isEmpty()) {
            problems.add(new Problem(null, messages.text(KEY + "no-municipalities")));
        } else {
            List<String> missing = new TreeSet<>(municipalities.keySet()).stream()
                    .filter(code -> !present.contains(code)).map(municipalities::get).toList();
            if (missing.size() == 1) {
                problems.add(new Problem(null, messages.text(KEY + "missing-municipality", missing.get(0))));
            } else if (missing.size() > 1) {
                problems.add(new Problem(null, messages.text(KEY + "missing-municipalities",
                        String.valueOf(missing.size()), String.join(", ", missing))));
            }
            if (layout.age() >= 0) {
                problems.addAll(missingAges(present, agesByMunicipality, municipalities, messages));
            }
        }
        if (!problems.isEmpty()) {
            return new Rejected(List.copyOf(problems));
        }
        Measure measure = layout.age() >= 0 ? Measure.CHILDREN_AGED_0_TO_5 : Measure.LIVE_BIRTHS;
        return new Figures(year, measure, Collections.unmodifiableMap(totals));
    }

    private static List<Problem> missingAges(Set<String> present, Map<String, Set<Integer>> agesByMunicipality,
                                             Map<String, String> municipalities, Messages messages) {
        if (agesByMunicipality.isEmpty()) {
            return List.of(new Problem(null, messages.text(KEY + "no-ages")));
        }
        List<Problem> problems = new ArrayList<>();
        for (String code : new TreeSet<>(present)) {
            Set<Integer> ages = agesByMunicipality.getOrDefault(code, Set.of());
            List<String> missing = IntStream.rangeClosed(0, OLDEST_CHILD).filter(age -> !ages.contains(age))
                    .mapToObj(age -> messages.text(KEY + "age", String.valueOf(age))).toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(null, messages.text(KEY + (missing.size() == 1 ? "missing-age" : "missing-ages"),
                        municipalities.get(code), String.join(", ", missing))));
            }
        }
        return problems;
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252, which PxWeb and Swedish Excel write. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        try {
            // Unlike new String(...), a new decoder reports invalid input instead of replacing it.
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    /** The first line that, split at a tab, semicolon or comma, has a column named region; null if none. */
    private static Header header(List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            for (char separator : SEPARATORS) {
                List<String> names = cells(lines.get(index), separator, 1);
                if (column(names, "region") >= 0) {
                    return new Header(index, separator, names);
                }
            }
        }
        return null;
    }

    /**
     * The line's fields, unquoted ({@code ""} inside quotes is a quote) and stripped; empty fields at the end beyond
     * {@code width}, which some programs add, are dropped.
     */
    private static List<String> cells(String line, char separator, int width) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static int column(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The code of one of the municipalities, from "1401 Härryda", "1401" or "Härryda"; null for any other region. */
    private static String municipalityCode(String region, Map<String, String> municipalities,
                                           Map<String, String> codeByName) {
        Matcher matcher = REGION_CODE.matcher(region);
        if (matcher.matches()) {
            return municipalities.containsKey(matcher.group(1)) ? matcher.group(1) : null;
        }
        return codeByName.get(region.toLowerCase(Locale.ROOT));
    }

    private static Integer singleAge(String age) {
        Matcher matcher = SINGLE_AGE.matcher(age);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static String columns(List<String> names, List<Integer> columns, Messages messages) {
        return messages.text(KEY + (columns.size() == 1 ? "column" : "columns"),
                columns.stream().map(i -> "”" + names.get(i) + "”").collect(Collectors.joining(", ")));
    }

    private static String yearMissing(int year, Set<Integer> years, Messages messages) {
        return years.isEmpty() ? messages.text(KEY + "year-missing", String.valueOf(year))
                : messages.text(KEY + "year-missing-has", String.valueOf(year),
                years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private static Rejected rejected(Integer line, String message) {
        return new Rejected(List.of(new Problem(line, message)));
    }
}

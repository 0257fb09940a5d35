package se.samverka.county;

import java.util.List;
import java.util.Map;

/**
 * The county's municipalities coloured by a figure (§4): each municipality's outline, its figure and a shade from 0
 * (none) to 4 (the largest), so that the map needs neither tiles nor a map service.
 */
record CountyMap(String viewBox, Figure figure, List<Area> areas, int largest) {

    /** What the map is coloured by. Labels: {@code county.map.figure.<name>}. */
    enum Figure {
        FAMILY_CENTRES,
        COVERED
    }

    record Area(String code, String name, String path, double labelX, double labelY, int value, int shade) {
    }

    /** The values a shade stands for, from and to inclusive; shade 0 is none. */
    record Band(int shade, int from, int to) {
    }

    static final int SHADES = 4;

    /** The shades in use, each with the values it stands for. */
    public List<Band> bands() {
        List<Band> bands = new java.util.ArrayList<>(List.of(new Band(0, 0, 0)));
        for (int shade = 1; shade <= SHADES; shade++) {
            int from = (shade - 1) * largest / SHADES + 1;
            int to = shade * largest / SHADES;
            if (from <= to) {
                bands.add(new Band(shade, from, to));
            }
        }
        return bands;
    }

    public List<Area> byName() {
        java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.of("sv", "SE"));
        return areas.stream().sorted(java.util.Comparator.comparing(Area::name, swedish)).toList();
    }

    /** The map of {@code figures}' municipalities, those outside them left out. */
    static CountyMap of(MunicipalityMap map, RegistryFigures figures, Figure figure) {
        Map<String, RegistryFigures.Row> rows = figures.municipalities().stream()
                .collect(java.util.stream.Collectors.toMap(RegistryFigures.Row::code, row -> row));
        int largest = figures.municipalities().stream().mapToInt(row -> value(row, figure)).max().orElse(0);
        List<Area> areas = map.shapes().stream()
                .filter(shape -> rows.containsKey(shape.code()))
                .map(shape -> {
                    int value = value(rows.get(shape.code()), figure);
                    return new Area(shape.code(), shape.name(), shape.path(), shape.labelX(), shape.labelY(), value,
                            shade(value, largest));
                })
                .toList();
        return new CountyMap(map.viewBox(), figure, areas, largest);
    }

    /** 0 for none; otherwise 1–4 by the share of the largest value, rounded up, so that any centre shows. */
    static int shade(int value, int largest) {
        if (value <= 0 || largest <= 0) {
            return 0;
        }
        return (int) Math.ceil((double) SHADES * value / largest);
    }

    private static int value(RegistryFigures.Row row, Figure figure) {
        return switch (figure) {
            case FAMILY_CENTRES -> row.count().familyCentres();
            case COVERED -> row.count().covered();
        };
    }
}

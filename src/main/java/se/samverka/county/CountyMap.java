package se.samverka.county;

import se.samverka.centre.CentreCompliance;
import se.samverka.rules.CentreKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The county's municipalities coloured by a figure (§4): each municipality's outline, its figure and a shade from 0
 * (none) to 4 (the largest), so that the map needs neither tiles nor a map service.
 */
record CountyMap(String viewBox, Figure figure, List<Area> areas, int largest) {

    /** What the map is coloured by. Labels: {@code county.map.figure.<name>}. */
    enum Figure {
        FAMILY_CENTRES,
        COVERED,
        /** The share (%) of a municipality's family centres and family-centre-like operations meeting every requirement. */
        ALL_REQUIREMENTS_MET
    }

    /** {@code value} is null where the figure has no meaning: a share of no centres. */
    record Area(String code, String name, String path, double labelX, double labelY, Integer value, int shade) {
    }

    /** The values a shade stands for, from and to inclusive; shade 0 is none. */
    record Band(int shade, int from, int to) {
    }

    static final int SHADES = 4;

    /** The shades in use, each with the values it stands for; shade 0 is no centres (or, for a count, none). */
    public List<Band> bands() {
        List<Band> bands = new java.util.ArrayList<>(List.of(new Band(0, 0, 0)));
        if (figure == Figure.ALL_REQUIREMENTS_MET) {
            for (int shade = 1; shade <= SHADES; shade++) {
                bands.add(new Band(shade, (shade - 1) * 25, shade == SHADES ? 100 : shade * 25 - 1));
            }
            return bands;
        }
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

    /**
     * The map of {@code figures}' municipalities, those outside them left out.
     *
     * @param checklists the checklists of the centres in those municipalities, for {@link Figure#ALL_REQUIREMENTS_MET}
     */
    static CountyMap of(MunicipalityMap map, RegistryFigures figures, List<CentreCompliance.Row> checklists,
                        Figure figure) {
        Map<String, Integer> values = new HashMap<>();
        if (figure == Figure.ALL_REQUIREMENTS_MET) {
            Map<String, List<CentreCompliance.Row>> covered = checklists.stream()
                    .filter(row -> row.kind() != CentreKind.NOT_COVERED)
                    .collect(Collectors.groupingBy(CentreCompliance.Row::municipalityCode));
            covered.forEach((code, rows) -> values.put(code, (int) Math.round(100.0
                    * rows.stream().filter(ComplianceMatrix::meetsAllRequirements).count() / rows.size())));
        } else {
            figures.municipalities().forEach(row -> values.put(row.code(), figure == Figure.FAMILY_CENTRES
                    ? row.count().familyCentres() : row.count().covered()));
        }
        Set<String> shown = figures.municipalities().stream().map(RegistryFigures.Row::code)
                .collect(Collectors.toSet());
        int largest = figure == Figure.ALL_REQUIREMENTS_MET ? 100
                : values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Area> areas = map.shapes().stream()
                .filter(shape -> shown.contains(shape.code()))
                .map(shape -> {
                    Integer value = values.get(shape.code());
                    return new Area(shape.code(), shape.name(), shape.path(), shape.labelX(), shape.labelY(), value,
                            value == null ? 0 : figure == Figure.ALL_REQUIREMENTS_MET ? shareShade(value)
                                    : shade(value, largest));
                })
                .toList();
        return new CountyMap(map.viewBox(), figure, areas, largest);
    }

    /** A share in per cent: 1 below 25 %, 2 below 50 %, 3 below 75 %, 4 from 75 %, so that 0 % is told from none. */
    static int shareShade(int percent) {
        return Math.min(SHADES, percent / 25 + 1);
    }

    /** 0 for none; otherwise 1–4 by the share of the largest value, rounded up, so that any centre shows. */
    static int shade(int value, int largest) {
        if (value <= 0 || largest <= 0) {
            return 0;
        }
        return (int) Math.ceil((double) SHADES * value / largest);
    }

}

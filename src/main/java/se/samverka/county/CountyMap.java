package se.samverka.county;

import se.samverka.centre.CentreCompliance;
import se.samverka.rules.CentreKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The county's municipalities coloured by a figure (§4): each municipality's outline, its figure and a shade from 0
 * (none) to 4 (the largest), so that the map needs neither tiles nor a map service.
 */
record CountyMap(String viewBox, Figure figure, List<Area> areas, double largest) {

    /** What the map is coloured by. Labels: {@code county.map.figure.<name>}. */
    enum Figure {
        FAMILY_CENTRES,
        COVERED,
        /** Family centres and family-centre-like operations per 1,000 children aged 0–5, where population is loaded. */
        PER_1000_CHILDREN,
        /** The share (%) of a municipality's family centres and family-centre-like operations meeting every requirement. */
        ALL_REQUIREMENTS_MET
    }

    /** {@code value} is null where the figure has no meaning: a share of no centres, a rate without population. */
    record Area(String code, String name, String path, double labelX, double labelY, Double value, int shade) {

        /** The figure as written in Swedish: a count, a rate with two decimals, a share in per cent, or a dash. */
        public String shown(Figure figure) {
            return value == null ? "–" : CountyMap.format(figure, value);
        }
    }

    /** The values a shade stands for, from and to inclusive; shade 0 is none. */
    record Band(int shade, String from, String to) {
    }

    static final int SHADES = 4;

    /**
     * The map of {@code figures}' municipalities, those outside them left out.
     *
     * @param checklists the checklists of the centres in those municipalities, for {@link Figure#ALL_REQUIREMENTS_MET}
     * @param children   the children aged 0–5, for {@link Figure#PER_1000_CHILDREN}
     */
    static CountyMap of(MunicipalityMap map, RegistryFigures figures, List<CentreCompliance.Row> checklists,
                        Optional<Population.Children> children, Figure figure) {
        Map<String, Double> values = new HashMap<>();
        switch (figure) {
            case ALL_REQUIREMENTS_MET -> checklists.stream()
                    .filter(row -> row.kind() != CentreKind.NOT_COVERED)
                    .collect(Collectors.groupingBy(CentreCompliance.Row::municipalityCode))
                    .forEach((code, rows) -> values.put(code, (double) Math.round(100.0
                            * rows.stream().filter(ComplianceMatrix::meetsAllRequirements).count() / rows.size())));
            case PER_1000_CHILDREN -> children.ifPresent(population -> figures.municipalities().forEach(row -> {
                Double rate = population.per1000(row.code(), row.count().covered());
                if (rate != null) {
                    values.put(row.code(), rate);
                }
            }));
            case FAMILY_CENTRES -> figures.municipalities()
                    .forEach(row -> values.put(row.code(), (double) row.count().familyCentres()));
            case COVERED -> figures.municipalities()
                    .forEach(row -> values.put(row.code(), (double) row.count().covered()));
        }
        Set<String> shown = figures.municipalities().stream().map(RegistryFigures.Row::code)
                .collect(Collectors.toSet());
        double largest = figure == Figure.ALL_REQUIREMENTS_MET ? 100
                : values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Area> areas = map.shapes().stream()
                .filter(shape -> shown.contains(shape.code()))
                .map(shape -> {
                    Double value = values.get(shape.code());
                    return new Area(shape.code(), shape.name(), shape.path(), shape.labelX(), shape.labelY(), value,
                            value == null ? 0 : figure == Figure.ALL_REQUIREMENTS_MET ? shareShade(value.intValue())
                                    : shade(value, largest));
                })
                .toList();
        return new CountyMap(map.viewBox(), figure, areas, largest);
    }

    /** The shades in use, each with the values it stands for; shade 0 is none (or, for a share, no centres). */
    public List<Band> bands() {
        List<Band> bands = new ArrayList<>(List.of(new Band(0, "0", "0")));
        for (int shade = 1; shade <= SHADES; shade++) {
            if (figure == Figure.ALL_REQUIREMENTS_MET) {
                bands.add(new Band(shade, String.valueOf((shade - 1) * 25),
                        String.valueOf(shade == SHADES ? 100 : shade * 25 - 1)));
            } else if (figure == Figure.PER_1000_CHILDREN) {
                if (largest > 0) {
                    bands.add(new Band(shade, format(figure, largest * (shade - 1) / SHADES),
                            format(figure, largest * shade / SHADES)));
                }
            } else {
                int from = (int) ((shade - 1) * largest / SHADES) + 1;
                int to = (int) (shade * largest / SHADES);
                if (from <= to) {
                    bands.add(new Band(shade, String.valueOf(from), String.valueOf(to)));
                }
            }
        }
        return bands;
    }

    public List<Area> byName() {
        return areas.stream().sorted(java.util.Comparator.comparing(Area::name, SwedishOrder.NAMES)).toList();
    }

    /** A share in per cent: 1 below 25 %, 2 below 50 %, 3 below 75 %, 4 from 75 %, so that 0 % is told from none. */
    static int shareShade(int percent) {
        return Math.min(SHADES, percent / 25 + 1);
    }

    /** 0 for none; otherwise 1–4 by the share of the largest value, rounded up, so that any centre shows. */
    static int shade(double value, double largest) {
        if (value <= 0 || largest <= 0) {
            return 0;
        }
        return (int) Math.ceil(SHADES * value / largest);
    }

    static String format(Figure figure, double value) {
        return switch (figure) {
            case PER_1000_CHILDREN -> BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    .replace('.', ',');
            case ALL_REQUIREMENTS_MET -> Math.round(value) + " %";
            default -> String.valueOf(Math.round(value));
        };
    }
}

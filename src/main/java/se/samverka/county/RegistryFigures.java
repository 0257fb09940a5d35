package se.samverka.county;

import se.samverka.centre.CentreState;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.SubRegion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry counted as it stood on a day: centres of each kind in the county, per sub-region and per municipality,
 * every municipality and sub-region listed, zeros included. A plain function of the centres' states on that day.
 */
public record RegistryFigures(LocalDate on, KindCount total, List<Row> subRegions, List<Row> municipalities) {

    /** A sub-region (code is its code) or a municipality (code is the SCB code; subRegion its sub-region's name). */
    public record Row(String code, String name, String subRegion, KindCount count) {
    }

    /** The largest number of operations in one sub-region, at least 1: the scale of a chart. */
    public int largestSubRegion() {
        return Math.max(1, subRegions.stream().mapToInt(row -> row.count().total()).max().orElse(1));
    }

    /**
     * @param states         each centre's state on {@code on} ({@link se.samverka.centre.CentreHistory#on})
     * @param municipalities the county's municipalities in the order to list them
     */
    static RegistryFigures of(LocalDate on, List<CentreState> states, List<Municipality> municipalities,
                              List<SubRegion> subRegions) {
        Map<String, KindCount> byMunicipality = new HashMap<>();
        for (CentreState state : states) {
            byMunicipality.merge(state.municipalityCode(), KindCount.NONE.plus(state.kind()), KindCount::plus);
        }
        Map<String, KindCount> bySubRegion = new LinkedHashMap<>();
        subRegions.forEach(subRegion -> bySubRegion.put(subRegion.code(), KindCount.NONE));
        KindCount total = KindCount.NONE;
        List<Row> municipalityRows = new java.util.ArrayList<>();
        for (Municipality municipality : municipalities) {
            KindCount count = byMunicipality.getOrDefault(municipality.code(), KindCount.NONE);
            municipalityRows.add(new Row(municipality.code(), municipality.name(), municipality.subRegion().name(),
                    count));
            bySubRegion.merge(municipality.subRegion().code(), count, KindCount::plus);
            total = total.plus(count);
        }
        List<Row> subRegionRows = subRegions.stream()
                .map(subRegion -> new Row(subRegion.code(), subRegion.name(), null, bySubRegion.get(subRegion.code())))
                .toList();
        return new RegistryFigures(on, total, subRegionRows, List.copyOf(municipalityRows));
    }
}

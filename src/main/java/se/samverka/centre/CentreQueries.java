package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.Classifier;
import se.samverka.rules.Participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists over many centres, read with JdbcClient in two queries however many centres there are. */
@Component
class CentreQueries {

    /** Filters of the centre list; null or blank means any. */
    record Filter(String municipalityCode, String subRegionCode) {

        Filter {
            municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode;
            subRegionCode = subRegionCode == null || subRegionCode.isBlank() ? null : subRegionCode;
        }
    }

    private record Row(long id, String name, String city, String municipalityCode, String municipality,
                       String subRegionCode, String subRegion, boolean prioritisedArea) {
    }

    private record ParticipationRow(long centreId, BaseOperation operation, boolean coLocated, long unitId,
                                    long principalId) {
    }

    private static final String FILTER = """
            where (cast(:municipality as text) is null or c.municipality_code = :municipality)
              and (cast(:subRegion as text) is null or m.sub_region = :subRegion)
            """;

    private final JdbcClient jdbc;

    CentreQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CentreSummary> summaries(Filter filter) {
        List<Row> rows = jdbc.sql("""
                        select c.id, c.name, c.city, c.municipality_code, m.name as municipality,
                               s.code as sub_region_code, s.name as sub_region, c.prioritised_area
                        from centre c
                        join municipality m on m.code = c.municipality_code
                        join sub_region s on s.code = m.sub_region
                        """ + FILTER + """
                        order by c.name collate "sv-SE-x-icu", c.id
                        """)
                .param("municipality", filter.municipalityCode())
                .param("subRegion", filter.subRegionCode())
                .query(Row.class)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ParticipationRow>> participations = new HashMap<>();
        jdbc.sql("""
                        select p.centre_id, p.operation, p.co_located, p.unit_id, u.principal_id
                        from participation p
                        join unit u on u.id = p.unit_id
                        join centre c on c.id = p.centre_id
                        join municipality m on m.code = c.municipality_code
                        """ + FILTER)
                .param("municipality", filter.municipalityCode())
                .param("subRegion", filter.subRegionCode())
                .query(ParticipationRow.class)
                .list()
                .forEach(p -> participations.computeIfAbsent(p.centreId(), id -> new ArrayList<>()).add(p));
        return rows.stream().map(row -> summary(row, participations.getOrDefault(row.id(), List.of()))).toList();
    }

    List<CentreView.CentreReference> steeringGroupsIn(String municipalityCode) {
        return jdbc.sql("""
                        select distinct g.id, g.name
                        from steering_group g join centre c on c.steering_group_id = g.id
                        where c.municipality_code = :code
                        order by g.name
                        """)
                .param("code", municipalityCode)
                .query(CentreView.CentreReference.class)
                .list();
    }

    List<CentreView.CentreReference> all() {
        return jdbc.sql("select c.id, c.name || ', ' || m.name as name from centre c "
                        + "join municipality m on m.code = c.municipality_code order by c.name collate \"sv-SE-x-icu\"")
                .query(CentreView.CentreReference.class)
                .list();
    }

    private static CentreSummary summary(Row row, List<ParticipationRow> rows) {
        List<Participation> operations = rows.stream()
                .sorted(Comparator.comparing(ParticipationRow::operation))
                .map(p -> new Participation(p.operation(), p.coLocated()))
                .toList();
        Set<Long> units = new HashSet<>();
        Set<Long> principals = new HashSet<>();
        rows.forEach(p -> {
            units.add(p.unitId());
            principals.add(p.principalId());
        });
        var configuration = new CentreConfiguration(operations, Set.of(), row.prioritisedArea());
        return new CentreSummary(row.id(), row.name(), row.city(), row.municipalityCode(), row.municipality(),
                row.subRegionCode(), row.subRegion(), row.prioritisedArea(), operations,
                Classifier.classify(configuration).kind(),
                new CentreAccess.Facts(row.id(), row.municipalityCode(), units, principals));
    }
}

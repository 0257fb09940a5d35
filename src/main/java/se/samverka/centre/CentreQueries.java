package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Classifier;
import se.samverka.rules.Participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists over many centres, read with JdbcClient in two statements however many centres there are. */
@Component
class CentreQueries {

    /** Filters of the centre list; null or blank means any. */
    record Filter(String municipalityCode, String subRegionCode, CentreKind kind) {

        Filter {
            municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode;
            subRegionCode = subRegionCode == null || subRegionCode.isBlank() ? null : subRegionCode;
        }

        static final Filter NONE = new Filter(null, null, null);
    }

    /** What the list is ordered by; the centre's name, then its id, settle ties. */
    enum Sort {
        NAME("name collate \"sv-SE-x-icu\""),
        MUNICIPALITY("municipality collate \"sv-SE-x-icu\""),
        SUB_REGION("sub_region collate \"sv-SE-x-icu\""),
        KIND("kind");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String orderBy(boolean descending) {
            String direction = descending ? " desc" : "";
            return column + direction + (this == NAME ? ", id" + direction
                    : ", name collate \"sv-SE-x-icu\", id");
        }
    }

    /** One page of the list and how many centres there are in all. */
    record Page(List<CentreSummary> centres, int number, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public long first() {
            return centres.isEmpty() ? 0 : (long) (number - 1) * size + 1;
        }

        public long last() {
            return first() + centres.size() - (centres.isEmpty() ? 0 : 1);
        }
    }

    private record Row(long id, String name, String city, String municipalityCode, String municipality,
                       String subRegionCode, String subRegion, boolean prioritisedArea, long total) {
    }

    private record ParticipationRow(long centreId, BaseOperation operation, boolean coLocated, long unitId,
                                    long principalId) {
    }

    /**
     * The number of a centre's configuration: for each base operation (by its order) 0 absent, 1 taking part from
     * elsewhere, 2 co-located, in base 3, plus 3⁴ in a socioeconomically prioritised area. The Classifier decides the
     * kind of each number once ({@link #KIND_BY_CONFIGURATION}), so SQL can filter and sort by kind
     * with the rules' own decision.
     */
    private static final String CONFIGURATION = """
            (select coalesce(sum(cast(power(3, array_position(cast(:operations as text[]), p.operation) - 1) as integer)
                                 * case when p.co_located then 2 else 1 end), 0)
             from participation p where p.centre_id = c.id)
            + case when c.prioritised_area then :prioritised else 0 end""";

    private static final int PRIORITISED = (int) Math.pow(3, BaseOperation.values().length);
    private static final Integer[] KIND_BY_CONFIGURATION = kindByConfiguration();
    private static final String[] OPERATIONS = Arrays.stream(BaseOperation.values()).map(Enum::name)
            .toArray(String[]::new);

    private final JdbcClient jdbc;

    CentreQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every centre where the visibility holds, in name order, in two statements however many there are. */
    List<CentreSummary> summaries(Filter filter, CentreAccess.Visibility visibility) {
        return summaries(select(filter, visibility, Sort.NAME, false, Integer.MAX_VALUE, 0));
    }

    /** One page of the centres where the visibility holds, in two statements. */
    Page page(Filter filter, CentreAccess.Visibility visibility, Sort sort, boolean descending, int number, int size) {
        List<Row> rows = select(filter, visibility, sort, descending, size, (long) (number - 1) * size);
        if (rows.isEmpty() && number > 1) {
            return page(filter, visibility, sort, descending, 1, size);
        }
        return new Page(summaries(rows), number, size, rows.isEmpty() ? 0 : rows.getFirst().total());
    }

    private List<Row> select(Filter filter, CentreAccess.Visibility visibility, Sort sort, boolean descending,
                             int limit, long offset) {
        var statement = jdbc.sql("""
                        select *, count(*) over () as total from (
                            select c.id, c.name, c.city, c.municipality_code, m.name as municipality,
                                   s.code as sub_region_code, s.name as sub_region, c.prioritised_area,
                                   (cast(:kinds as integer[]))[%s + 1] as kind
                            from centre c
                            join municipality m on m.code = c.municipality_code
                            join sub_region s on s.code = m.sub_region
                            where (cast(:municipality as text) is null or c.municipality_code = :municipality)
                              and (cast(:subRegion as text) is null or m.sub_region = :subRegion)
                              and %s
                        ) centres
                        where cast(:kind as integer) is null or kind = :kind
                        order by %s
                        limit :limit offset :offset
                        """.formatted(CONFIGURATION, visibility.condition(), sort.orderBy(descending)))
                .param("kinds", KIND_BY_CONFIGURATION)
                .param("operations", OPERATIONS)
                .param("prioritised", PRIORITISED)
                .param("municipality", filter.municipalityCode())
                .param("subRegion", filter.subRegionCode())
                .param("kind", filter.kind() == null ? null : filter.kind().ordinal())
                .param("limit", limit)
                .param("offset", offset);
        for (var parameter : visibility.parameters().entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        return statement.query(Row.class).list();
    }

    private List<CentreSummary> summaries(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ParticipationRow>> participations = new HashMap<>();
        jdbc.sql("""
                        select p.centre_id, p.operation, p.co_located, p.unit_id, u.principal_id
                        from participation p
                        join unit u on u.id = p.unit_id
                        where p.centre_id = any(cast(:ids as bigint[]))
                        """)
                .param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
                .query(ParticipationRow.class)
                .list()
                .forEach(p -> participations.computeIfAbsent(p.centreId(), id -> new ArrayList<>()).add(p));
        return rows.stream().map(row -> summary(row, participations.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Integer[] kindByConfiguration() {
        Integer[] kinds = new Integer[2 * PRIORITISED];
        for (int number = 0; number < kinds.length; number++) {
            var participations = new ArrayList<Participation>();
            int rest = number % PRIORITISED;
            for (BaseOperation operation : BaseOperation.values()) {
                if (rest % 3 > 0) {
                    participations.add(new Participation(operation, rest % 3 == 2));
                }
                rest /= 3;
            }
            kinds[number] = Classifier.classify(new CentreConfiguration(participations, Set.of(), number >= PRIORITISED))
                    .kind().ordinal();
        }
        return kinds;
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

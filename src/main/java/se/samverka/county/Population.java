package se.samverka.county;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The population figures the county administrator has imported, and the log of the imports. No personal data. */
@Component
class Population {

    static final String AUDIT_TYPE = "population";

    /** One import as logged. */
    record Import(int year, PopulationCsv.Measure measure, String fileName, int municipalities, long total,
                  String importedBy, Instant importedAt) {
    }

    /** The children aged 0–5 per municipality code in a year. */
    record Children(int year, Map<String, Integer> byMunicipality) {

        /** Centres per 1,000 children, or null where there are no children to count by. */
        Double per1000(String municipalityCode, int centres) {
            Integer children = byMunicipality.get(municipalityCode);
            return children == null || children == 0 ? null : centres * 1000.0 / children;
        }

        /** {@link #per1000} as written in Swedish, two decimals, or a dash. */
        public String per1000Text(String municipalityCode, int centres) {
            Double rate = per1000(municipalityCode, centres);
            return rate == null ? "–" : CountyMap.format(CountyMap.Figure.PER_1000_CHILDREN, rate);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Population(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the figures in place of the year's figures of their kind, and logs the import. */
    @Transactional
    void store(PopulationCsv.Figures figures, String fileName, String importedBy) {
        String column = figures.measure() == PopulationCsv.Measure.CHILDREN_AGED_0_TO_5 ? "children_0_5" : "births";
        figures.byMunicipality().forEach((code, value) -> jdbc.sql("""
                        insert into population (municipality_code, year, %1$s) values (:code, :year, :value)
                        on conflict (municipality_code, year) do update set %1$s = excluded.%1$s""".formatted(column))
                .param("code", code)
                .param("year", figures.year())
                .param("value", value)
                .update());
        long total = figures.byMunicipality().values().stream().mapToLong(Integer::longValue).sum();
        long id = jdbc.sql("""
                        insert into population_import (year, measure, file_name, municipalities, total, imported_by,
                            imported_at)
                        values (:year, :measure, :fileName, :municipalities, :total, :by, :at) returning id""")
                .param("year", figures.year())
                .param("measure", figures.measure().name())
                .param("fileName", fileName)
                .param("municipalities", figures.byMunicipality().size())
                .param("total", total)
                .param("by", importedBy)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "befolkning " + figures.year() + ", "
                + figures.measure().name() + ", " + figures.byMunicipality().size() + " kommuner");
    }

    /** The latest year up to {@code year} with children's figures, if any. */
    @Transactional(readOnly = true)
    Optional<Children> children(int year) {
        Map<String, Integer> figures = new HashMap<>();
        List<Integer> years = jdbc.sql("select max(year) from population where children_0_5 is not null and year <= :year")
                .param("year", year).query(Integer.class).list();
        Integer latest = years.isEmpty() ? null : years.getFirst();
        if (latest == null) {
            return Optional.empty();
        }
        jdbc.sql("select municipality_code, children_0_5 from population where year = :year and children_0_5 is not null")
                .param("year", latest)
                .query(rs -> {
                    figures.put(rs.getString(1), rs.getInt(2));
                });
        return Optional.of(new Children(latest, Map.copyOf(figures)));
    }

    @Transactional(readOnly = true)
    List<Import> imports() {
        return jdbc.sql("""
                        select year, measure, file_name, municipalities, total, imported_by, imported_at
                        from population_import order by imported_at desc, id desc""")
                .query((rs, row) -> new Import(rs.getInt(1), PopulationCsv.Measure.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}

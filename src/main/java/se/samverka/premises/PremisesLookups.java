package se.samverka.premises;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.rules.SharedArea;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A centre's premises with their areas: the same aggregate as {@link PremisesRegister} loads, in one statement instead
 * of two.
 */
@Component
class PremisesLookups {

    private record Row(long id, long centreId, String representative, LocalDate appointedOn, String assemblyPoint,
                       boolean evacuationPlan, int roundIntervalMonths, int alarmCheckIntervalMonths,
                       int drillIntervalMonths, int version, SharedArea kind, String description,
                       BigDecimal squareMetres) {
    }

    private final JdbcClient jdbc;

    PremisesLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Premises> premises(long centreId) {
        List<Row> rows = jdbc.sql("""
                        select p.id, p.centre_id, p.representative, p.appointed_on, p.assembly_point,
                               p.evacuation_plan, p.round_interval_months, p.alarm_check_interval_months,
                               p.drill_interval_months, p.version, a.kind, a.description, a.square_metres
                        from premises p
                        left join premises_area a on a.premises_id = p.id
                        where p.centre_id = :centre
                        order by a.position
                        """)
                .param("centre", centreId)
                .query(Row.class)
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.getFirst();
        List<Area> areas = rows.stream().filter(row -> row.kind() != null)
                .map(row -> new Area(row.kind(), row.description(), row.squareMetres()))
                .toList();
        return Optional.of(new Premises(first.id(), first.centreId(), areas, new FireSafetyTerms(first.representative(),
                first.appointedOn(), first.assemblyPoint(), first.evacuationPlan(), first.roundIntervalMonths(),
                first.alarmCheckIntervalMonths(), first.drillIntervalMonths()), first.version()));
    }
}

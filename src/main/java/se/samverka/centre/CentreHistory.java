package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.Participation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry's history of what the county's follow-up counts: each change of a centre from the day it took effect,
 * so that a figure for a past day gives the same answer later. Rows are written once (a trigger refuses changes).
 * No personal data: the coordinator is kept as a service grade and an employing party, not by name.
 */
@Component
public class CentreHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    CentreHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The centres as they stood at the end of {@code day}: those registered by then, each in its latest state. */
    @Transactional(readOnly = true)
    public List<CentreState> on(LocalDate day) {
        return jdbc.sql("""
                        select distinct on (centre_id) centre_id, valid_from, name, municipality_code, prioritised_area,
                               operations, co_located, steering_group_id, coordinator_service_grade,
                               coordinator_employer_id, established_on
                        from centre_history where valid_from <= :day
                        order by centre_id, valid_from desc, id desc""")
                .param("day", day)
                .query(CentreHistory::state)
                .list();
    }

    /** The first day anything is recorded, if anything is. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstDay() {
        return jdbc.sql("select valid_from from centre_history order by valid_from limit 1").query(LocalDate.class)
                .optional();
    }

    /** Records the centre as it now is, valid from today (or from the day it was established, when registered). */
    void record(Centre centre, boolean registered) {
        LocalDate today = LocalDate.now(clock);
        LocalDate validFrom = registered && centre.establishedOn() != null && centre.establishedOn().isBefore(today)
                ? centre.establishedOn() : today;
        record(centre, validFrom);
    }

    void record(Centre centre, LocalDate validFrom) {
        List<UnitParticipation> participations = centre.participationsInOrder();
        Coordinator coordinator = centre.coordinator();
        jdbc.sql("""
                        insert into centre_history (centre_id, valid_from, recorded_at, name, municipality_code,
                            prioritised_area, operations, co_located, steering_group_id, coordinator_service_grade,
                            coordinator_employer_id, established_on)
                        values (:centre, :validFrom, :recordedAt, :name, :municipality, :prioritised,
                            cast(:operations as text[]), cast(:coLocated as text[]), :steeringGroup, :serviceGrade,
                            :employer, :establishedOn)""")
                .param("centre", centre.id())
                .param("validFrom", validFrom)
                .param("recordedAt", java.sql.Timestamp.from(clock.instant()))
                .param("name", centre.name())
                .param("municipality", centre.municipalityCode())
                .param("prioritised", centre.prioritisedArea())
                .param("operations", participations.stream().map(p -> p.operation().name()).toArray(String[]::new))
                .param("coLocated", participations.stream().filter(UnitParticipation::coLocated)
                        .map(p -> p.operation().name()).toArray(String[]::new))
                .param("steeringGroup", centre.steeringGroupId())
                .param("serviceGrade", coordinator == null ? null : coordinator.serviceGrade())
                .param("employer", coordinator == null ? null : coordinator.employerId())
                .param("establishedOn", centre.establishedOn())
                .update();
    }

    private static CentreState state(ResultSet rs, int row) throws SQLException {
        Set<String> coLocated = Set.of(strings(rs.getArray("co_located")));
        List<Participation> participations = Arrays.stream(strings(rs.getArray("operations")))
                .map(operation -> new Participation(BaseOperation.valueOf(operation), coLocated.contains(operation)))
                .toList();
        boolean prioritised = rs.getBoolean("prioritised_area");
        return CentreState.of(rs.getLong("centre_id"), rs.getObject("valid_from", LocalDate.class),
                rs.getString("name"), rs.getString("municipality_code"),
                new CentreConfiguration(participations, Set.of(), prioritised),
                rs.getObject("steering_group_id", Long.class), rs.getObject("coordinator_service_grade", Integer.class),
                rs.getObject("coordinator_employer_id", Long.class), rs.getObject("established_on", LocalDate.class));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}

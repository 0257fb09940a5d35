package se.samverka.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.ReportState;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The report module's public answer to "which centres compiled and adopted their activity report for a year?". */
@Component
public class ReportYears {

    private final JdbcClient jdbc;

    ReportYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What R11.2b needs of each centre's report for the year, in one statement; not audited (no text is read). */
    @Transactional(readOnly = true)
    public Map<Long, ReportState> states(Collection<Long> centreIds, int year) {
        Map<Long, ReportState> states = new HashMap<>();
        centreIds.forEach(id -> states.put(id, ReportState.none(year)));
        jdbc.sql("""
                        select centre_id, adopted_at is not null from activity_report
                        where centre_id = any(cast(:centres as bigint[])) and year = :year""")
                .param("centres", centreIds.toArray(Long[]::new))
                .param("year", year)
                .query(rs -> {
                    states.put(rs.getLong(1), new ReportState(year, true, rs.getBoolean(2)));
                });
        return states;
    }
}

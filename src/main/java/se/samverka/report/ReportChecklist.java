package se.samverka.report;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.centre.ChecklistCentre;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.Finding;
import se.samverka.rules.R11_2b;
import se.samverka.rules.ReportState;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** R11.2b on the checklist of every family centre and family-centre-like operation: last year's activity report. */
@Component
@Order(40)
class ReportChecklist implements ChecklistContributor {

    private record Adopted(long centreId, boolean adopted) {
    }

    private final ReportWork work;
    private final JdbcClient jdbc;

    ReportChecklist(ReportWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Override
    public List<Finding> findings(ChecklistCentre centre) {
        if (!centre.covered()) {
            return List.of();
        }
        int year = work.thisYear();
        return List.of(R11_2b.RULE.check(year, work.state(centre.id(), year - 1)));
    }

    @Override
    public Map<Long, List<Finding>> findings(List<ChecklistCentre> centres) {
        List<ChecklistCentre> covered = centres.stream().filter(ChecklistCentre::covered).toList();
        int year = work.thisYear();
        Map<Long, ReportState> reports = reportsOf(covered.stream().map(ChecklistCentre::id).toList(), year - 1);
        return covered.stream().collect(Collectors.toMap(ChecklistCentre::id,
                centre -> List.of(R11_2b.RULE.check(year, reports.get(centre.id())))));
    }

    /** Each centre's report of the year, in one statement; a centre without one has {@link ReportState#none}. */
    Map<Long, ReportState> reportsOf(List<Long> centres, int year) {
        Map<Long, ReportState> reports = new HashMap<>();
        centres.forEach(id -> reports.put(id, ReportState.none(year)));
        jdbc.sql("""
                        select centre_id, adopted_at is not null as adopted from activity_report
                        where year = :year and centre_id = any(cast(:centres as bigint[]))""")
                .param("year", year)
                .param("centres", centres.toArray(Long[]::new))
                .query(Adopted.class).list()
                .forEach(row -> reports.put(row.centreId(), new ReportState(year, true, row.adopted())));
        return reports;
    }
}

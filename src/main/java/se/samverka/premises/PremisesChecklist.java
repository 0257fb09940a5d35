package se.samverka.premises;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.centre.ChecklistCentre;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.Finding;
import se.samverka.rules.R14d;
import se.samverka.rules.SharedArea;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** R14d on the checklist of every family centre and family-centre-like operation. */
@Component
@Order(20)
class PremisesChecklist implements ChecklistContributor {

    private record AreaRow(long centreId, SharedArea kind) {
    }

    private final JdbcClient jdbc;
    private final PremisesWork work;

    PremisesChecklist(JdbcClient jdbc, PremisesWork work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    @Override
    public List<Finding> findings(ChecklistCentre centre) {
        if (!centre.covered()) {
            return List.of();
        }
        return R14d.RULE.check(work.recorded(centre.id()).map(Premises::kinds)
                .orElseGet(() -> EnumSet.noneOf(SharedArea.class)));
    }

    @Override
    public Map<Long, List<Finding>> findings(List<ChecklistCentre> centres) {
        List<ChecklistCentre> covered = centres.stream().filter(ChecklistCentre::covered).toList();
        Map<Long, Set<SharedArea>> kinds = new HashMap<>();
        jdbc.sql("""
                        select p.centre_id, a.kind from premises p join premises_area a on a.premises_id = p.id
                        where p.centre_id = any(cast(:centres as bigint[]))""")
                .param("centres", covered.stream().map(ChecklistCentre::id).toArray(Long[]::new))
                .query(AreaRow.class).list()
                .forEach(row -> kinds.computeIfAbsent(row.centreId(), id -> EnumSet.noneOf(SharedArea.class))
                        .add(row.kind()));
        return covered.stream().collect(Collectors.toMap(ChecklistCentre::id,
                centre -> R14d.RULE.check(kinds.getOrDefault(centre.id(), EnumSet.noneOf(SharedArea.class)))));
    }
}

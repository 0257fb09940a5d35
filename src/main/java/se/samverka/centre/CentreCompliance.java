package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.identity.Actor;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.Governance;
import se.samverka.rules.Participation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance checklist of every centre an actor may see, for the county's matrix and figures: the registry read in
 * three statements and each contributing module asked once, however many centres there are. No personal data.
 */
@Component
public class CentreCompliance {

    /** A centre with its whole checklist. */
    public record Row(long id, String name, String municipalityCode, CentreKind kind, boolean prioritisedArea,
                      List<Finding> findings) {
    }

    private record CentreRow(long id, String name, String municipalityCode, boolean prioritisedArea,
                             Long steeringGroupId, Integer coordinatorServiceGrade, Long coordinatorEmployerId) {
    }

    private record ParticipationRow(long centreId, BaseOperation operation, boolean coLocated, long principalId) {
    }

    private record MemberRow(long steeringGroupId, BaseOperation operation) {
    }

    private final JdbcClient jdbc;
    private final CentreAccess access;
    private final CentreChecklist checklist;

    CentreCompliance(JdbcClient jdbc, CentreAccess access, CentreChecklist checklist) {
        this.jdbc = jdbc;
        this.access = access;
        this.checklist = checklist;
    }

    /** The centres the actor may see, by name, each with its checklist. */
    @Transactional(readOnly = true)
    public List<Row> visibleTo(Actor actor) {
        CentreAccess.Visibility visibility = access.scope(actor).visibility(CentreAction.VIEW);
        return rows(visibility.condition(), visibility.parameters());
    }

    /**
     * These centres, by name, each with its checklist: for a caller that has already decided which centres the person
     * may see (e.g. with {@link CentreRegistry#where}).
     */
    @Transactional(readOnly = true)
    public List<Row> of(Collection<Long> centreIds) {
        if (centreIds.isEmpty()) {
            return List.of();
        }
        return rows("c.id = any(cast(:centres as bigint[]))", Map.of("centres", centreIds.toArray(Long[]::new)));
    }

    private List<Row> rows(String condition, Map<String, ?> parameters) {
        List<CentreRow> centres = jdbc.sql("""
                        select c.id, c.name, c.municipality_code, c.prioritised_area, c.steering_group_id,
                               c.coordinator_service_grade, c.coordinator_employer_id
                        from centre c where %s
                        order by c.name collate "sv-SE-x-icu", c.id""".formatted(condition))
                .params(parameters)
                .query(CentreRow.class).list();
        if (centres.isEmpty()) {
            return List.of();
        }
        Long[] ids = centres.stream().map(CentreRow::id).toArray(Long[]::new);
        Map<Long, List<ParticipationRow>> participations = new HashMap<>();
        jdbc.sql("""
                        select p.centre_id, p.operation, p.co_located, u.principal_id
                        from participation p join unit u on u.id = p.unit_id
                        where p.centre_id = any(cast(:ids as bigint[]))""")
                .param("ids", ids)
                .query(ParticipationRow.class).list()
                .forEach(p -> participations.computeIfAbsent(p.centreId(), id -> new ArrayList<>()).add(p));
        Map<Long, Set<BaseOperation>> managed = new HashMap<>();
        jdbc.sql("""
                        select steering_group_id, operation from steering_group_member
                        where operation is not null and steering_group_id = any(cast(:groups as bigint[]))""")
                .param("groups", centres.stream().map(CentreRow::steeringGroupId).filter(java.util.Objects::nonNull)
                        .distinct().toArray(Long[]::new))
                .query(MemberRow.class).list()
                .forEach(m -> managed.computeIfAbsent(m.steeringGroupId(), id -> EnumSet.noneOf(BaseOperation.class))
                        .add(m.operation()));

        List<ChecklistCentre> subjects = new ArrayList<>();
        for (CentreRow centre : centres) {
            List<ParticipationRow> rows = participations.getOrDefault(centre.id(), List.of());
            List<Participation> operations = rows.stream()
                    .sorted(Comparator.comparing(ParticipationRow::operation))
                    .map(p -> new Participation(p.operation(), p.coLocated())).toList();
            Set<Long> principals = new HashSet<>();
            rows.forEach(p -> principals.add(p.principalId()));
            Governance governance = new Governance(centre.steeringGroupId() != null,
                    centre.steeringGroupId() == null ? Set.of()
                            : managed.getOrDefault(centre.steeringGroupId(), Set.of()),
                    centre.coordinatorServiceGrade() == null ? null : new Governance.CoordinatorFacts(
                            centre.coordinatorServiceGrade(), principals.contains(centre.coordinatorEmployerId())));
            subjects.add(ChecklistCentre.of(centre.id(),
                    new CentreConfiguration(operations, Set.of(), centre.prioritisedArea()), governance));
        }
        Map<Long, List<Finding>> findings = checklist.of(subjects);
        List<Row> result = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            CentreRow centre = centres.get(i);
            ChecklistCentre subject = subjects.get(i);
            result.add(new Row(centre.id(), centre.name(), centre.municipalityCode(), subject.kind(),
                    centre.prioritisedArea(), findings.get(centre.id())));
        }
        return result;
    }
}

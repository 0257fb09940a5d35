package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.rules.BaseOperation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small reads of the registry in one statement each, where loading the aggregates would take several. */
@Component
class CentreLookups {

    private record FactsRow(String municipalityCode, Long unitId, Long principalId) {
    }

    private final JdbcClient jdbc;

    CentreLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CentreAccess.Facts> facts(long id) {
        List<FactsRow> rows = jdbc.sql("""
                        select c.municipality_code, p.unit_id, u.principal_id
                        from centre c
                        left join participation p on p.centre_id = c.id
                        left join unit u on u.id = p.unit_id
                        where c.id = :id
                        """)
                .param("id", id)
                .query(FactsRow.class)
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> units = new HashSet<>();
        Set<Long> principals = new HashSet<>();
        for (FactsRow row : rows) {
            if (row.unitId() != null) {
                units.add(row.unitId());
                principals.add(row.principalId());
            }
        }
        return Optional.of(new CentreAccess.Facts(id, rows.getFirst().municipalityCode(), Set.copyOf(units),
                Set.copyOf(principals)));
    }

    private record MemberRow(long id, String name, int version, String memberName, String title,
                             BaseOperation operation) {
    }

    /** The steering group with its members: the same aggregate as {@link SteeringGroups} loads, in one statement. */
    Optional<SteeringGroup> steeringGroup(long id) {
        List<MemberRow> rows = jdbc.sql("""
                        select g.id, g.name, g.version, m.name as member_name, m.title, m.operation
                        from steering_group g
                        left join steering_group_member m on m.steering_group_id = g.id
                        where g.id = :id
                        order by m.position
                        """)
                .param("id", id)
                .query(MemberRow.class)
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<SteeringGroupMember> members = rows.stream().filter(row -> row.memberName() != null)
                .map(row -> new SteeringGroupMember(row.memberName(), row.title(), row.operation()))
                .toList();
        MemberRow group = rows.getFirst();
        return Optional.of(new SteeringGroup(group.id(), group.name(), members, group.version()));
    }

    /** The centres the steering group governs, by name. */
    List<CentreView.CentreReference> governedBy(long steeringGroupId) {
        return jdbc.sql("select id, name from centre where steering_group_id = :group")
                .param("group", steeringGroupId)
                .query(CentreView.CentreReference.class)
                .list()
                .stream()
                .sorted(Comparator.comparing(CentreView.CentreReference::name))
                .toList();
    }
}

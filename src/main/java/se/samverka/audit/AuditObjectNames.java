package se.samverka.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the objects a module writes to the audit log, so that the review shows "Familjecentralen Solrosen" instead
 * of {@code centre 1} without the audit module knowing the module. Implemented by the module that owns the objects;
 * the review asks once per object type and page.
 */
public interface AuditObjectNames {

    /** The object types, as this module writes them to the log, that it names. Each needs an {@code audit.type.*} text. */
    Set<String> objectTypes();

    /** What these objects of one type are called, by id; ids of objects that no longer exist are left out. */
    Map<String, AuditObjectName> names(String objectType, Set<String> objectIds);

    /**
     * The ids of the objects of this type whose name contains {@code text}, ignoring case; for a type that names
     * persons, so that the review can find entries about a person by name.
     */
    default Set<String> find(String objectType, String text) {
        return Set.of();
    }

    /** The ids that are numbers, as numbers: what a module with numeric ids can look up. */
    static List<Long> numeric(Set<String> objectIds) {
        return objectIds.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
    }

    /**
     * The names of the objects with these (numeric) ids, read in one query: {@code sql} selects a column {@code id} and
     * takes the ids as {@code :ids}; {@code name} names the object of one row.
     */
    static Map<String, AuditObjectName> byId(JdbcClient jdbc, String sql, Set<String> objectIds,
                                             RowMapper<AuditObjectName> name) {
        List<Long> ids = numeric(objectIds);
        Map<String, AuditObjectName> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query(rs -> {
                names.put(String.valueOf(rs.getLong("id")), name.mapRow(rs, rs.getRow()));
            });
        }
        return names;
    }
}

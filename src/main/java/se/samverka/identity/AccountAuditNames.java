package se.samverka.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditActorNames;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names accounts in the audit review: as objects and persons ("Nina Ny (nina)") and as actors (by username). */
@Component
class AccountAuditNames implements AuditObjectNames, AuditActorNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    AccountAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(UserAccounts.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        return AuditObjectNames.byId(jdbc, "select id, username, display_name from app_user where id in (:ids)",
                objectIds, (rs, row) -> AuditObjectName.of(texts.message("audit.name.user",
                        rs.getString("display_name"), rs.getString("username"))));
    }

    @Override
    public Set<String> find(String objectType, String text) {
        return jdbc.sql("""
                        select id from app_user
                        where strpos(lower(username), :text) > 0 or strpos(lower(display_name), :text) > 0
                        """)
                .param("text", text.toLowerCase(Locale.ROOT))
                .query((rs, row) -> String.valueOf(rs.getLong("id")))
                .set();
    }

    @Override
    public Map<String, String> displayNames(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byLowerCase = jdbc.sql(
                        "select lower(username) as username, display_name from app_user where lower(username) in (:usernames)")
                .param("usernames", usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
                .query((rs, row) -> Map.entry(rs.getString("username"), rs.getString("display_name")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var names = new HashMap<String, String>();
        for (String username : usernames) {
            String name = byLowerCase.get(username.toLowerCase(Locale.ROOT));
            if (name != null) {
                names.put(username, name);
            }
        }
        return names;
    }

    @Override
    public Set<String> usernames(String text) {
        return new HashSet<>(jdbc.sql("""
                        select username from app_user
                        where strpos(lower(username), :text) > 0 or strpos(lower(display_name), :text) > 0
                        """)
                .param("text", text.toLowerCase(Locale.ROOT))
                .query(String.class)
                .list());
    }
}

package se.samverka.audit;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import se.samverka.platform.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names what the log refers to by internal keys (object types and ids, usernames) through the modules that own them,
 * in batches per object type, for the review.
 */
@Component
class AuditNames {

    /** The log's own type: reading the review and verifying the chain. */
    static final String AUDIT_LOG = "audit_log";
    private static final int NESTING = 3;

    private final Map<String, AuditObjectNames> byType = new HashMap<>();
    private final List<AuditActorNames> actors;
    private final Texts texts;

    AuditNames(List<AuditObjectNames> objectNames, List<AuditActorNames> actors, Texts texts) {
        objectNames.forEach(names -> names.objectTypes().forEach(type -> byType.put(type, names)));
        this.actors = actors;
        this.texts = texts;
    }

    /** Every object type the log names, with its Swedish name, in the order of the names. */
    Map<String, String> types() {
        var types = new TreeMap<String, String>();
        byType.keySet().forEach(type -> types.put(type, typeLabel(type)));
        types.put(AUDIT_LOG, typeLabel(AUDIT_LOG));
        var sorted = new LinkedHashMap<String, String>();
        types.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    String typeLabel(String type) {
        return texts.resolve(new DefaultMessageSourceResolvable(new String[]{"audit.type." + type, "audit.type.unknown"}));
    }

    /** The persons whose name contains the text, by person type. */
    Map<String, Set<String>> findPersons(String text) {
        var found = new HashMap<String, Set<String>>();
        byType.forEach((type, names) -> {
            Set<String> ids = names.find(type, text);
            if (!ids.isEmpty()) {
                found.put(type, ids);
            }
        });
        return found;
    }

    /** The usernames of the accounts whose username or name contains the text, in lower case. */
    Set<String> findActors(String text) {
        var found = new HashSet<String>();
        actors.forEach(names -> names.usernames(text).forEach(u -> found.add(u.toLowerCase(Locale.ROOT))));
        return found;
    }

    List<AuditEntry> describe(List<AuditEvent> events) {
        var objects = new Resolved();
        for (AuditEvent event : events) {
            if (event.objectId() != null) {
                objects.want(event.objectType(), event.objectId());
            }
            if (event.personType() != null) {
                objects.want(event.personType(), event.personId());
            }
        }
        objects.resolve();
        Map<String, String> actorNames = actorNames(events);
        var entries = new ArrayList<AuditEntry>();
        for (AuditEvent event : events) {
            String object = event.objectId() == null ? typeLabel(event.objectType())
                    : objects.name(event.objectType(), event.objectId(), NESTING);
            String person = event.personType() == null ? null
                    : objects.name(event.personType(), event.personId(), NESTING);
            entries.add(new AuditEntry(event.id(), event.localTime(), actorNames.get(event.actor()), event.action(),
                    object, event.objectType(), event.objectId(), person, event.detail(), event.sourceAddress()));
        }
        return entries;
    }

    private Map<String, String> actorNames(List<AuditEvent> events) {
        var usernames = new HashSet<String>();
        events.forEach(e -> usernames.add(e.actor()));
        var displayNames = new HashMap<String, String>();
        actors.forEach(names -> displayNames.putAll(names.displayNames(usernames)));
        var result = new HashMap<String, String>();
        for (String username : usernames) {
            if (AuditLog.SYSTEM.equals(username)) {
                result.put(username, texts.message("audit.actor.system"));
            } else if (displayNames.containsKey(username)) {
                result.put(username, texts.message("audit.actor.named", displayNames.get(username), username));
            } else {
                result.put(username, username);
            }
        }
        return result;
    }

    /** Objects asked for, resolved a type at a time, and the objects they belong to in turn. */
    private final class Resolved {

        private final Map<String, Set<String>> wanted = new HashMap<>();
        private final Map<String, Map<String, AuditObjectName>> names = new HashMap<>();

        void want(String type, String id) {
            if (!names.getOrDefault(type, Map.of()).containsKey(id)) {
                wanted.computeIfAbsent(type, t -> new HashSet<>()).add(id);
            }
        }

        void resolve() {
            for (int level = 0; level < NESTING && !wanted.isEmpty(); level++) {
                var asked = new HashMap<>(wanted);
                wanted.clear();
                asked.forEach((type, ids) -> {
                    AuditObjectNames owner = byType.get(type);
                    Map<String, AuditObjectName> found = owner == null ? Map.of() : owner.names(type, Set.copyOf(ids));
                    names.computeIfAbsent(type, t -> new HashMap<>()).putAll(found);
                });
                asked.forEach((type, ids) -> ids.forEach(id -> {
                    AuditObjectName name = names.get(type).get(id);
                    if (name != null && name.withinType() != null) {
                        want(name.withinType(), name.withinId());
                    }
                }));
            }
        }

        String name(String type, String id, int depth) {
            AuditObjectName name = names.getOrDefault(type, Map.of()).get(id);
            if (name == null) {
                return texts.message("audit.object.gone", typeLabel(type));
            }
            if (name.withinType() == null || depth <= 1) {
                return name.name();
            }
            return texts.message("audit.object.within", name.name(), name(name.withinType(), name.withinId(), depth - 1));
        }
    }
}

package se.samverka.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A filter of the review, resolved to what the log holds.
 *
 * @param persons    the persons' ids by person type, or null for anyone (empty: nobody matched)
 * @param actors     lower-case usernames, or null for anyone
 * @param actorText  lower-case text the username contains, or null
 * @param from       the earliest time, inclusive, or null
 * @param until      the time before which, or null
 */
record AuditQuery(Map<String, Set<String>> persons, Set<String> actors, String actorText, String objectType,
                  String objectId, AuditAction action, Instant from, Instant until) {

    static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }
}

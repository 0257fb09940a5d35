package se.samverka.identity;

import java.time.Instant;
import java.util.Set;

public record AccountSummary(long id, String username, String displayName, String email, boolean enabled,
                             boolean hasPassword, Set<Grant> grants, Instant createdAt, int version) {
}

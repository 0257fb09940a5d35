package se.samverka.audit;

import java.util.Map;
import java.util.Set;

/** Names the actors of the audit log (usernames) for the review; implemented by the module that keeps the accounts. */
public interface AuditActorNames {

    /** The display names of these usernames, by username as given; unknown usernames are left out. */
    Map<String, String> displayNames(Set<String> usernames);

    /** The usernames of the accounts whose username or display name contains {@code text}, ignoring case. */
    Set<String> usernames(String text);
}

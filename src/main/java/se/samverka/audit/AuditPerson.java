package se.samverka.audit;

import java.util.Objects;

/**
 * The person an audit entry is about: whose personal data was read or written. Named by the type and id that the
 * module owning the person writes (a user account today, a family member of the consent register later), so that
 * the review can answer "who accessed this person".
 */
public record AuditPerson(String type, String id) {

    public AuditPerson {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
    }

    public static AuditPerson of(String type, Object id) {
        return new AuditPerson(type, id.toString());
    }
}

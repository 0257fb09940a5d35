package se.samverka.audit;

import java.util.Objects;

/**
 * What an object is called in the audit review, and the object it belongs to (a plan belongs to a centre), which the
 * review names through that object's module and shows after it: "Verksamhetsplan 2026 – Familjecentralen Solrosen".
 */
public record AuditObjectName(String name, String withinType, String withinId) {

    public AuditObjectName {
        Objects.requireNonNull(name);
    }

    public static AuditObjectName of(String name) {
        return new AuditObjectName(name, null, null);
    }

    public static AuditObjectName within(String name, String type, Object id) {
        return new AuditObjectName(name, type, id.toString());
    }
}

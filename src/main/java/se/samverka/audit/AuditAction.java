package se.samverka.audit;

public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    LOGIN,
    LOGIN_FAILED
}

package se.samverka.consent;

import se.samverka.audit.AuditAccess;
import se.samverka.audit.AuditPerson;
import se.samverka.identity.Role;
import se.samverka.rules.BaseOperation;

/** One operation's register of persons at one centre: the unit that runs the operation there. */
record Register(long centreId, String centreName, long unitId, String unitName, BaseOperation operation) {

    /** An access by this register's staff to one of its persons, for the audit entry. */
    AuditAccess access(long personId, boolean protectedIdentity, AccessPurpose purpose) {
        return access(centreId, unitId, personId, protectedIdentity, purpose);
    }

    static AuditAccess access(long centreId, long unitId, long personId, boolean protectedIdentity,
                              AccessPurpose purpose) {
        return new AuditAccess(AuditPerson.of(PersonRegister.AUDIT_PERSON, personId), Role.STAFF.name(), centreId,
                unitId, purpose.text(), protectedIdentity);
    }

    String auditScope() {
        return "familjecentral " + centreId + ", enhet " + unitId + " (" + operation.name() + ")";
    }
}

package se.samverka.consent;

import se.samverka.rules.BaseOperation;

/** One operation's register of persons at one centre: the unit that runs the operation there. */
record Register(long centreId, String centreName, long unitId, String unitName, BaseOperation operation) {

    String auditScope() {
        return "familjecentral " + centreId + ", enhet " + unitId + " (" + operation.name() + ")";
    }
}

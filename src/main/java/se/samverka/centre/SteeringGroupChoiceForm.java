package se.samverka.centre;

import se.samverka.platform.FormValues;

/** Which steering group governs a centre: an existing one, a new one with this name, or none. */
record SteeringGroupChoiceForm(String steeringGroupId, String newName, String version) {

    public int expectedVersion() {
        return FormValues.version(version);
    }
}

package se.samverka.centre;

/** Which steering group governs a centre: an existing one, a new one with this name, or none. */
record SteeringGroupChoiceForm(Long steeringGroupId, String newName, int version) {
}

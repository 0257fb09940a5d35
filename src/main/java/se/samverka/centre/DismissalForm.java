package se.samverka.centre;

import se.samverka.platform.FormValues;

/** The steering group's decision to dismiss the coordinator: its date, on the centre's version shown. */
record DismissalForm(String decidedOn, String version) {

    public int expectedVersion() {
        return FormValues.version(version);
    }
}

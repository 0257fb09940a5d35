package se.samverka.centre;

import se.samverka.platform.FormValues;

record CoordinatorForm(String name, String employerId, String serviceGrade, String appointedOn, String version) {

    static CoordinatorForm of(CentreView centre) {
        CentreView.CoordinatorView coordinator = centre.coordinator();
        String version = String.valueOf(centre.version());
        return coordinator == null
                ? new CoordinatorForm("", "", "", "", version)
                : new CoordinatorForm(coordinator.name(), String.valueOf(coordinator.employer().id()),
                String.valueOf(coordinator.serviceGrade()),
                coordinator.appointedOn() == null ? "" : coordinator.appointedOn().toString(), version);
    }

    public int expectedVersion() {
        return FormValues.version(version);
    }
}

package se.samverka.centre;

import java.time.LocalDate;

record CoordinatorForm(String name, Long employerId, Integer serviceGrade, LocalDate appointedOn, int version) {

    static CoordinatorForm of(CentreView centre) {
        CentreView.CoordinatorView coordinator = centre.coordinator();
        return coordinator == null
                ? new CoordinatorForm("", null, null, null, centre.version())
                : new CoordinatorForm(coordinator.name(), coordinator.employer().id(), coordinator.serviceGrade(),
                coordinator.appointedOn(), centre.version());
    }
}

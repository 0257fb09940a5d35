package se.samverka.centre;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.OtherActor;

import java.util.Arrays;
import java.util.List;

/** The form for registering and describing a centre: one row per base operation and per kind of actor. */
record CentreForm(String name, String street, String postalCode, String city, String municipalityCode,
                  boolean prioritisedArea, List<ParticipationRow> participations, List<ActorRow> otherActors,
                  int version) {

    record ParticipationRow(BaseOperation operation, boolean takesPart, Long unitId, boolean coLocated) {
    }

    record ActorRow(OtherActor actor, boolean takesPart, String description) {
    }

    CentreForm {
        participations = participations == null ? List.of() : participations;
        otherActors = otherActors == null ? List.of() : otherActors;
    }

    static CentreForm empty(String municipalityCode) {
        return new CentreForm("", "", "", "", municipalityCode, false,
                Arrays.stream(BaseOperation.values()).map(op -> new ParticipationRow(op, false, null, false)).toList(),
                Arrays.stream(OtherActor.values()).map(actor -> new ActorRow(actor, false, "")).toList(),
                0);
    }

    static CentreForm of(CentreView centre) {
        List<ParticipationRow> participations = Arrays.stream(BaseOperation.values())
                .map(op -> centre.participations().stream().filter(p -> p.operation() == op).findFirst()
                        .map(p -> new ParticipationRow(op, true, p.unit().id(), p.coLocated()))
                        .orElse(new ParticipationRow(op, false, null, false)))
                .toList();
        List<ActorRow> actors = Arrays.stream(OtherActor.values())
                .map(actor -> centre.otherActors().stream().filter(a -> a.actor() == actor).findFirst()
                        .map(a -> new ActorRow(actor, true, a.description() == null ? "" : a.description()))
                        .orElse(new ActorRow(actor, false, "")))
                .toList();
        return new CentreForm(centre.name(), centre.address().street(), centre.address().postalCode(),
                centre.address().city(), centre.municipality().code(), centre.prioritisedArea(), participations,
                actors, centre.version());
    }
}

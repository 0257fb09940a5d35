package se.samverka.centre;

import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.OtherActor;

import java.util.Arrays;
import java.util.List;

/**
 * The form for registering and describing a centre, as typed: one row per base operation and per kind
 * of other actor. {@link CentreFormValidation} turns it into a {@link CentreDescription}.
 */
record CentreForm(String name, String street, String postalCode, String city, String municipalityCode,
                  String prioritisedArea, String establishedOn, List<ParticipationRow> participations,
                  List<ActorRow> otherActors, String version) {

    record ParticipationRow(String operation, String takesPart, String unitId, String coLocated) {

        public BaseOperation operationValue() {
            return FormValues.choice(BaseOperation.class, operation).orElse(null);
        }

        public boolean taking() {
            return FormValues.checked(takesPart);
        }

        public boolean coLocatedChecked() {
            return FormValues.checked(coLocated);
        }
    }

    record ActorRow(String actor, String takesPart, String description) {

        public OtherActor actorValue() {
            return FormValues.choice(OtherActor.class, actor).orElse(null);
        }

        public boolean taking() {
            return FormValues.checked(takesPart);
        }
    }

    CentreForm {
        participations = participations == null ? List.of() : participations;
        otherActors = otherActors == null ? List.of() : otherActors;
    }

    public boolean prioritised() {
        return FormValues.checked(prioritisedArea);
    }

    public int expectedVersion() {
        return FormValues.version(version);
    }

    static CentreForm empty(String municipalityCode) {
        return new CentreForm("", "", "", "", municipalityCode, "false", "",
                Arrays.stream(BaseOperation.values())
                        .map(op -> new ParticipationRow(op.name(), "false", "", "false")).toList(),
                Arrays.stream(OtherActor.values()).map(actor -> new ActorRow(actor.name(), "false", "")).toList(),
                "0");
    }

    static CentreForm of(CentreView centre) {
        List<ParticipationRow> participations = Arrays.stream(BaseOperation.values())
                .map(op -> centre.participations().stream().filter(p -> p.operation() == op).findFirst()
                        .map(p -> new ParticipationRow(op.name(), "true", String.valueOf(p.unit().id()),
                                String.valueOf(p.coLocated())))
                        .orElse(new ParticipationRow(op.name(), "false", "", "false")))
                .toList();
        List<ActorRow> actors = Arrays.stream(OtherActor.values())
                .map(actor -> centre.otherActors().stream().filter(a -> a.actor() == actor).findFirst()
                        .map(a -> new ActorRow(actor.name(), "true", a.description() == null ? "" : a.description()))
                        .orElse(new ActorRow(actor.name(), "false", "")))
                .toList();
        return new CentreForm(centre.name(), centre.address().street(), centre.address().postalCode(),
                centre.address().city(), centre.municipality().code(), String.valueOf(centre.prioritisedArea()),
                centre.establishedOn() == null ? "" : centre.establishedOn().toString(), participations, actors, String.valueOf(centre.version()));
    }
}

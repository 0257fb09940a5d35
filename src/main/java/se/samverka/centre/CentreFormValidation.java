package se.samverka.centre;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.FormValues;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.OtherActor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a centre form field by field; a valid form becomes a {@link CentreDescription}. */
@Component
class CentreFormValidation {

    static final int MAX_TEXT = 200;
    /** A year before this is a typing error, not a centre's history. */
    static final int EARLIEST_ESTABLISHED = 1900;

    private final Organisations organisations;
    private final Texts texts;
    private final Clock clock;

    CentreFormValidation(Organisations organisations, Texts texts, Clock clock) {
        this.organisations = organisations;
        this.texts = texts;
        this.clock = clock;
    }

    Optional<CentreDescription> validate(CentreForm form, Errors errors) {
        required(form.name(), "name", "centre.name.required", errors);
        required(form.street(), "street", "centre.street.required", errors);
        required(form.city(), "city", "centre.city.required", errors);
        Optional<PostalCode> postalCode = PostalCode.parse(form.postalCode());
        if (postalCode.isEmpty()) {
            errors.rejectValue("postalCode", form.postalCode() == null || form.postalCode().isBlank()
                    ? "centre.postal-code.required" : "centre.postal-code.format");
        }
        if (form.municipalityCode() == null || organisations.municipality(form.municipalityCode()).isEmpty()) {
            errors.rejectValue("municipalityCode", "centre.municipality.required");
        }
        Optional<LocalDate> establishedOn = FormValues.date(form.establishedOn());
        if (!FormValues.blank(form.establishedOn())) {
            if (establishedOn.isEmpty()) {
                errors.rejectValue("establishedOn", "centre.established.format");
            } else if (establishedOn.get().isAfter(LocalDate.now(clock))) {
                errors.rejectValue("establishedOn", "centre.established.future");
            } else if (establishedOn.get().getYear() < EARLIEST_ESTABLISHED) {
                errors.rejectValue("establishedOn", "centre.established.early", new Object[]{EARLIEST_ESTABLISHED}, null);
            }
        }

        var participations = new ArrayList<UnitParticipation>();
        var seen = EnumSet.noneOf(BaseOperation.class);
        List<CentreForm.ParticipationRow> rows = form.participations();
        Map<Long, UnitSummary> units = organisations.units(rows.stream()
                .filter(r -> r != null && r.taking())
                .flatMap(r -> FormValues.id(r.unitId()).stream())
                .toList());
        for (int i = 0; i < rows.size(); i++) {
            CentreForm.ParticipationRow row = rows.get(i);
            BaseOperation operation = row == null ? null : row.operationValue();
            if (operation == null || !seen.add(operation)) {
                errors.reject("centre.participations.invalid");
                continue;
            }
            if (!row.taking()) {
                continue;
            }
            String field = "participations[" + i + "].unitId";
            String label = texts.operation(operation);
            Optional<Long> unitId = FormValues.id(row.unitId());
            UnitSummary unit = unitId.map(units::get).orElse(null);
            if (FormValues.blank(row.unitId())) {
                errors.rejectValue(field, "centre.unit.required", new Object[]{label}, null);
            } else if (unit == null || unit.operation() != operation) {
                errors.rejectValue(field, "centre.unit.wrong-operation", new Object[]{label}, null);
            } else {
                participations.add(new UnitParticipation(operation, unit.id(), row.coLocatedChecked()));
            }
        }

        var actors = new ArrayList<ActorEntry>();
        var seenActors = EnumSet.noneOf(OtherActor.class);
        for (int i = 0; i < form.otherActors().size(); i++) {
            CentreForm.ActorRow row = form.otherActors().get(i);
            OtherActor actor = row == null ? null : row.actorValue();
            if (actor == null || !seenActors.add(actor)) {
                errors.reject("centre.actors.invalid");
                continue;
            }
            if (!row.taking()) {
                continue;
            }
            String description = row.description() == null ? "" : row.description().trim();
            if (description.length() > MAX_TEXT) {
                errors.rejectValue("otherActors[" + i + "].description", "form.too-long", new Object[]{MAX_TEXT}, null);
            } else if (actor == OtherActor.OTHER && description.isEmpty()) {
                errors.rejectValue("otherActors[" + i + "].description", "centre.actor.other-needs-description");
            } else {
                actors.add(new ActorEntry(actor, description));
            }
        }

        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new CentreDescription(form.name(), new Address(form.street().trim(),
                postalCode.orElseThrow().value(), form.city().trim()), form.municipalityCode(), form.prioritised(),
                participations, actors, establishedOn.orElse(null)));
    }

    private static void required(String value, String field, String code, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, code);
        } else if (value.trim().length() > MAX_TEXT) {
            errors.rejectValue(field, "form.too-long", new Object[]{MAX_TEXT}, null);
        }
    }
}

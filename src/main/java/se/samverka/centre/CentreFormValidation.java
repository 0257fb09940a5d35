package se.samverka.centre;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.OtherActor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a centre form field by field; a valid form becomes a {@link CentreDescription}. */
@Component
class CentreFormValidation {

    static final int MAX_TEXT = 200;

    private final Organisations organisations;
    private final Texts texts;

    CentreFormValidation(Organisations organisations, Texts texts) {
        this.organisations = organisations;
        this.texts = texts;
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

        var participations = new ArrayList<UnitParticipation>();
        var seen = EnumSet.noneOf(BaseOperation.class);
        List<CentreForm.ParticipationRow> rows = form.participations();
        Map<Long, UnitSummary> units = organisations.units(rows.stream()
                .filter(r -> r != null && r.takesPart() && r.unitId() != null).map(CentreForm.ParticipationRow::unitId).toList());
        for (int i = 0; i < rows.size(); i++) {
            CentreForm.ParticipationRow row = rows.get(i);
            if (row == null || row.operation() == null || !seen.add(row.operation())) {
                errors.reject("centre.participations.invalid");
                continue;
            }
            if (!row.takesPart()) {
                continue;
            }
            String field = "participations[" + i + "].unitId";
            String operation = texts.operation(row.operation());
            UnitSummary unit = row.unitId() == null ? null : units.get(row.unitId());
            if (row.unitId() == null) {
                errors.rejectValue(field, "centre.unit.required", new Object[]{operation}, null);
            } else if (unit == null || unit.operation() != row.operation()) {
                errors.rejectValue(field, "centre.unit.wrong-operation", new Object[]{operation}, null);
            } else {
                participations.add(new UnitParticipation(row.operation(), row.unitId(), row.coLocated()));
            }
        }

        var actors = new ArrayList<ActorEntry>();
        var seenActors = EnumSet.noneOf(OtherActor.class);
        for (int i = 0; i < form.otherActors().size(); i++) {
            CentreForm.ActorRow row = form.otherActors().get(i);
            if (row == null || row.actor() == null || !seenActors.add(row.actor())) {
                errors.reject("centre.actors.invalid");
                continue;
            }
            if (!row.takesPart()) {
                continue;
            }
            String description = row.description() == null ? "" : row.description().trim();
            if (description.length() > MAX_TEXT) {
                errors.rejectValue("otherActors[" + i + "].description", "form.too-long", new Object[]{MAX_TEXT}, null);
            } else if (row.actor() == OtherActor.OTHER && description.isEmpty()) {
                errors.rejectValue("otherActors[" + i + "].description", "centre.actor.other-needs-description");
            } else {
                actors.add(new ActorEntry(row.actor(), description));
            }
        }

        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new CentreDescription(form.name(), new Address(form.street().trim(),
                postalCode.orElseThrow().value(), form.city().trim()), form.municipalityCode(), form.prioritisedArea(),
                participations, actors));
    }

    private static void required(String value, String field, String code, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, code);
        } else if (value.trim().length() > MAX_TEXT) {
            errors.rejectValue(field, "form.too-long", new Object[]{MAX_TEXT}, null);
        }
    }
}

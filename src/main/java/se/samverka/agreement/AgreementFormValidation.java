package se.samverka.agreement;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import se.samverka.centre.CentreView;
import se.samverka.organisation.OrganisationNumber;
import se.samverka.platform.FormValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a typed draft field by field and builds the {@link DraftInput}; every problem is a Swedish
 * message at its field ({@code agreement.form.*}) and nothing is saved while there is one.
 */
@Component
class AgreementFormValidation {

    static final int MAX_TEXT = 10_000;
    static final int MAX_LINE = 300;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    Optional<DraftInput> validate(AgreementForm form, AgreementKind kind, CentreView centre, Errors errors) {
        Optional<LocalDate> starts = date(form.startsOn(), "startsOn", true, errors);
        Optional<LocalDate> ends = date(form.endsOn(), "endsOn", kind == AgreementKind.COOPERATION, errors);
        if (starts.isPresent() && ends.isPresent() && ends.get().isBefore(starts.get())) {
            errors.rejectValue("endsOn", "agreement.form.ends-before-start");
        }
        Integer extension = integer(form.extensionMonths(), "extensionMonths", 0, 120, false, errors);
        Integer notice = FormValues.blank(form.noticeMonths()) ? Integer.valueOf(Terms.DEFAULT_NOTICE_MONTHS)
                : integer(form.noticeMonths(), "noticeMonths", 1, 120, true, errors);
        BigDecimal hours = null;
        Integer steeringMeetings = null;
        String premises = null;
        BigDecimal share = null;
        Long compensation = null;
        CompensationPeriod period = null;
        List<Party> parties = new ArrayList<>();
        if (kind == AgreementKind.COOPERATION) {
            hours = decimal(form.meetingHoursPerMonth(), "meetingHoursPerMonth", new BigDecimal("200"), 1, errors);
            steeringMeetings = integer(form.steeringMeetingsPerYear(), "steeringMeetingsPerYear", 1, 52, false, errors);
            parties.addAll(cooperationParties(form, centre, errors));
        } else {
            premises = line(form.premises(), "premises", true, errors);
            share = decimal(form.userSharePercent(), "userSharePercent", new BigDecimal("100"), 2, errors);
            if (share != null && share.signum() == 0) {
                errors.rejectValue("userSharePercent", "agreement.form.share-range");
                share = null;
            }
            BigDecimal kronor = decimal(form.compensation(), "compensation", new BigDecimal("100000000"), 2, errors);
            if (kronor == null && FormValues.blank(form.compensation()) && !errors.hasFieldErrors("compensation")) {
                errors.rejectValue("compensation", "agreement.form.required");
            }
            compensation = kronor == null ? null : kronor.movePointRight(2).longValueExact();
            period = FormValues.choice(CompensationPeriod.class, form.compensationPeriod()).orElse(null);
            if (period == null) {
                errors.rejectValue("compensationPeriod", "agreement.form.required");
            }
            parties.addAll(usageRightParties(form, centre, errors));
        }
        Map<TextKey, String> texts = new EnumMap<>(TextKey.class);
        for (TextKey key : TextKey.values()) {
            if (key.kind() != kind) {
                continue;
            }
            String text = form.text(key);
            if (text != null && text.strip().length() > MAX_TEXT) {
                errors.rejectValue(AgreementForm.field(key), "form.too-long", new Object[]{MAX_TEXT}, null);
            } else if (text != null && !text.isBlank()) {
                texts.put(key, text.strip());
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Terms terms = new Terms(starts.orElse(null), ends.orElse(null), extension, notice, hours, steeringMeetings,
                kind == AgreementKind.COOPERATION ? form.checked(form.sharedPremises()) : true,
                form.checked(form.fireSafety()), form.checked(form.threatsAndViolence()),
                form.checked(form.insurance()), premises, share, compensation, period);
        return Optional.of(new DraftInput(terms, texts, parties));
    }

    private List<Party> cooperationParties(AgreementForm form, CentreView centre, Errors errors) {
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < form.parties().size(); i++) {
            AgreementForm.PartyRow row = form.parties().get(i);
            String prefix = "parties[" + i + "].";
            Optional<CentreView.ParticipationView> participation = centre.participations().stream()
                    .filter(p -> p.operation().name().equals(row.role())).findFirst();
            String administration = line(row.administration(), prefix + "administration", false, errors);
            String number = organisationNumber(row.organisationNumber(), prefix + "organisationNumber", errors);
            if (participation.isPresent()) {
                var unit = participation.get().unit();
                parties.add(Party.of(row.role(), unit.name(), unit.principal().name(),
                        unit.principal().organisationNumber() != null ? unit.principal().organisationNumber() : number,
                        administration));
            } else if (Party.OTHER.equals(row.role()) && !FormValues.blank(row.name())) {
                parties.add(Party.of(Party.OTHER, line(row.name(), prefix + "name", true, errors), null, number,
                        administration));
            }
        }
        return parties;
    }

    private List<Party> usageRightParties(AgreementForm form, CentreView centre, Errors errors) {
        Optional<CentreView.ParticipationView> grantor = participation(centre, form.grantor());
        Optional<CentreView.ParticipationView> user = participation(centre, form.user());
        if (grantor.isEmpty()) {
            errors.rejectValue("grantor", "agreement.form.party-required");
        }
        if (user.isEmpty()) {
            errors.rejectValue("user", "agreement.form.party-required");
        }
        if (grantor.isPresent() && user.isPresent() && grantor.get().operation() == user.get().operation()) {
            errors.rejectValue("user", "agreement.form.same-party");
        }
        if (grantor.isEmpty() || user.isEmpty()) {
            return List.of();
        }
        return List.of(party(Party.GRANTOR, grantor.get()), party(Party.USER, user.get()));
    }

    private static Party party(String role, CentreView.ParticipationView participation) {
        var unit = participation.unit();
        return Party.of(role, unit.name(), unit.principal().name(), unit.principal().organisationNumber(), null);
    }

    private static Optional<CentreView.ParticipationView> participation(CentreView centre, String operation) {
        return centre.participations().stream().filter(p -> p.operation().name().equals(operation)).findFirst();
    }

    private static Optional<LocalDate> date(String text, String field, boolean required, Errors errors) {
        if (FormValues.blank(text)) {
            if (required) {
                errors.rejectValue(field, "agreement.form.date-required");
            }
            return Optional.empty();
        }
        Optional<LocalDate> date = FormValues.date(text);
        if (date.isEmpty()) {
            errors.rejectValue(field, "agreement.form.date-format");
        } else if (date.get().isBefore(EARLIEST) || date.get().isAfter(LATEST)) {
            errors.rejectValue(field, "agreement.form.date-range");
            return Optional.empty();
        }
        return date;
    }

    private static Integer integer(String text, String field, int min, int max, boolean required, Errors errors) {
        if (FormValues.blank(text)) {
            if (required) {
                errors.rejectValue(field, "agreement.form.required");
            }
            return null;
        }
        Optional<Integer> value = FormValues.integer(text).filter(v -> v >= min && v <= max);
        if (value.isEmpty()) {
            errors.rejectValue(field, "agreement.form.integer-range", new Object[]{min, max}, null);
            return null;
        }
        return value.get();
    }

    /** A number typed the Swedish way ("12 500,50") or with a point; at most {@code scale} decimals. */
    private static BigDecimal decimal(String text, String field, BigDecimal max, int scale, Errors errors) {
        if (FormValues.blank(text)) {
            return null;
        }
        String normalised = text.strip().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        if (!normalised.matches("[0-9]{1,12}(\\.[0-9]{1," + scale + "})?")) {
            errors.rejectValue(field, "agreement.form.decimal", new Object[]{scale}, null);
            return null;
        }
        BigDecimal value = new BigDecimal(normalised);
        if (value.compareTo(max) > 0) {
            errors.rejectValue(field, "agreement.form.decimal-max", new Object[]{max.toPlainString()}, null);
            return null;
        }
        return value;
    }

    private static String line(String text, String field, boolean required, Errors errors) {
        if (FormValues.blank(text)) {
            if (required) {
                errors.rejectValue(field, "agreement.form.required");
            }
            return null;
        }
        if (text.strip().length() > MAX_LINE) {
            errors.rejectValue(field, "form.too-long", new Object[]{MAX_LINE}, null);
            return null;
        }
        return text.strip();
    }

    private static String organisationNumber(String text, String field, Errors errors) {
        if (FormValues.blank(text)) {
            return null;
        }
        Optional<OrganisationNumber> number = OrganisationNumber.parse(text);
        if (number.isEmpty()) {
            errors.rejectValue(field, "agreement.form.organisation-number");
            return null;
        }
        return number.get().toString();
    }
}

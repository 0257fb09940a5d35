package se.samverka.directory;

import org.springframework.util.MultiValueMap;
import org.springframework.validation.Errors;
import se.samverka.directory.PublicInfo.ClosureReason;
import se.samverka.directory.PublicInfo.Coordinates;
import se.samverka.directory.PublicInfo.Feature;
import se.samverka.directory.PublicInfo.HoursKind;
import se.samverka.directory.PublicInfo.OperationText;
import se.samverka.platform.FormValues;
import se.samverka.platform.StorableText;
import se.samverka.rules.BaseOperation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The public page's forms as typed, and what they become once valid; errors go to the fields. */
final class PublicPageForms {

    static final int MAX_LINE = 300;
    static final int MAX_TEXT = 2000;
    static final int MAX_NOTE = 200;
    /** How far ahead a closure may be entered, and how long it may last. */
    static final int MAX_CLOSURE_DAYS = 400;

    /** Digits, spaces, a leading plus, hyphens and brackets: 010-123 45 67, +46 10 123 45 67. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,22}[0-9]");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]([0-5][0-9])");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}([.,][0-9]{1,7})?");

    private PublicPageForms() {
    }

    record ContactForm(String phone, String email, String website, String directions, String transit,
                       String latitude, String longitude, String version) {

        static ContactForm of(PublicInfo info, int version) {
            Coordinates c = info.coordinates();
            return new ContactForm(orEmpty(info.phone()), orEmpty(info.email()), orEmpty(info.website()),
                    orEmpty(info.directions()), orEmpty(info.transit()),
                    c == null ? "" : String.valueOf(c.latitude()), c == null ? "" : String.valueOf(c.longitude()),
                    String.valueOf(version));
        }
    }

    record AccessibilityForm(List<String> features, String note, List<String> languages, String version) {

        static AccessibilityForm of(PublicInfo info, int version) {
            return new AccessibilityForm(info.accessibility().stream().sorted().map(Enum::name).toList(),
                    orEmpty(info.accessibilityNote()), info.languages(), String.valueOf(version));
        }

        public boolean hasFeature(String value) {
            return features != null && features.contains(value);
        }

        public boolean hasLanguage(String value) {
            return languages != null && languages.contains(value);
        }
    }

    /** A text per operation and language, keyed "OPERATION-language" (e.g. "CHILD_HEALTH-en"). */
    record TextsForm(Map<String, String> texts, String version, Set<String> unsafe) {

        static TextsForm of(PublicInfo info, int version) {
            Map<String, String> texts = new LinkedHashMap<>();
            info.texts().forEach(t -> texts.put(key(t.operation(), t.language()), t.text()));
            return new TextsForm(texts, String.valueOf(version), Set.of());
        }

        /**
         * The texts and the version sent, each text without the characters that cannot be stored (those it had are
         * {@code unsafe}); a parameter sent twice counts by its first value.
         */
        static TextsForm of(MultiValueMap<String, String> parameters) {
            Map<String, String> texts = new LinkedHashMap<>();
            Set<String> unsafe = new HashSet<>();
            parameters.forEach((name, values) -> {
                if (name.startsWith("texts[") && name.endsWith("]") && !values.isEmpty() && values.getFirst() != null) {
                    String key = name.substring("texts[".length(), name.length() - 1);
                    texts.put(key, StorableText.clean(values.getFirst()));
                    if (!StorableText.storable(values.getFirst())) {
                        unsafe.add(key);
                    }
                }
            });
            return new TextsForm(texts, StorableText.clean(parameters.getFirst("version")), Set.copyOf(unsafe));
        }

        static String key(BaseOperation operation, String language) {
            return operation.name() + "-" + language;
        }

        public String text(String key) {
            return texts == null ? "" : orEmpty(texts.get(key));
        }
    }

    record HoursForm(String operation, String kind, List<String> days, String opens, String closes) {

        static HoursForm empty() {
            return new HoursForm("", "", List.of(), "", "");
        }

        public boolean has(String day) {
            return days != null && days.contains(day);
        }
    }

    record ClosureForm(String from, String to, String operation, String reason, String note) {

        static ClosureForm empty() {
            return new ClosureForm("", "", "", "", "");
        }
    }

    /** What the contact form becomes: the draft's new contact details. */
    record Contact(String phone, String email, String website, String directions, String transit,
                   Coordinates coordinates) {
    }

    static Optional<Contact> contact(ContactForm form, Errors errors) {
        String phone = line(form.phone(), "phone", errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.rejectValue("phone", "directory.edit.phone");
            phone = null;
        }
        String email = line(form.email(), "email", errors);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.rejectValue("email", "directory.edit.email");
            email = null;
        }
        String website = line(form.website(), "website", errors);
        if (website != null && !web(website)) {
            errors.rejectValue("website", "directory.edit.website");
            website = null;
        }
        String directions = text(form.directions(), "directions", MAX_TEXT, errors);
        String transit = line(form.transit(), "transit", errors);
        Coordinates coordinates = coordinates(form, errors);
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new Contact(phone, email, website, directions, transit, coordinates));
    }

    /** What the accessibility form becomes. */
    record Accessibility(Set<Feature> features, String note, List<String> languages) {
    }

    static Optional<Accessibility> accessibility(AccessibilityForm form, Errors errors) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        for (String value : form.features() == null ? List.<String>of() : form.features()) {
            Optional<Feature> feature = FormValues.choice(Feature.class, value);
            if (feature.isEmpty()) {
                errors.rejectValue("features", "directory.edit.choose-listed");
                break;
            }
            features.add(feature.get());
        }
        List<String> languages = new ArrayList<>();
        for (String value : form.languages() == null ? List.<String>of() : form.languages()) {
            if (!LanguageNames.OFFERED.contains(value)) {
                errors.rejectValue("languages", "directory.edit.choose-listed");
                break;
            }
            if (!languages.contains(value)) {
                languages.add(value);
            }
        }
        languages.sort(Comparator.comparing(LanguageNames.OFFERED::indexOf));
        String note = text(form.note(), "note", MAX_TEXT, errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(new Accessibility(features, note, languages));
    }

    /** The texts typed for the operations the centre has, in the directory's languages; blank ones are dropped. */
    static Optional<List<OperationText>> texts(TextsForm form, List<BaseOperation> operations,
                                               List<Language> languages, Errors errors) {
        List<OperationText> texts = new ArrayList<>();
        for (BaseOperation operation : operations) {
            for (Language language : languages) {
                String key = TextsForm.key(operation, language.tag());
                String text = FormValues.text(form.text(key));
                if (form.unsafe().contains(key)) {
                    errors.rejectValue("texts[" + key + "]", "text.unsafe");
                } else if (text.length() > MAX_TEXT) {
                    errors.rejectValue("texts[" + key + "]", "form.too-long", new Object[]{MAX_TEXT}, null);
                } else if (!text.isEmpty()) {
                    texts.add(new OperationText(operation, language.tag(), text));
                }
            }
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(texts);
    }

    static Optional<PublicInfo.Hours> hours(HoursForm form, List<BaseOperation> operations, Errors errors) {
        BaseOperation operation = operation(form.operation(), operations, errors);
        Optional<HoursKind> kind = FormValues.choice(HoursKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "directory.edit.choose-kind");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String value : form.days() == null ? List.<String>of() : form.days()) {
            FormValues.choice(DayOfWeek.class, value).ifPresent(days::add);
        }
        if (days.isEmpty()) {
            errors.rejectValue("days", "directory.edit.choose-days");
        }
        LocalTime opens = time(form.opens(), "opens", errors);
        LocalTime closes = time(form.closes(), "closes", errors);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            errors.rejectValue("closes", "directory.edit.closes-after-opens");
        }
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new PublicInfo.Hours(operation, kind.orElseThrow(), days, opens, closes));
    }

    static Optional<PublicInfo.Closure> closure(ClosureForm form, List<BaseOperation> operations, LocalDate today,
                                                Errors errors) {
        LocalDate from = closureDay(form.from(), "from", today, errors);
        LocalDate to = closureDay(form.to(), "to", today, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "directory.edit.closure-order");
        } else if (from != null && to != null && from.plusDays(MAX_CLOSURE_DAYS).isBefore(to)) {
            errors.rejectValue("to", "directory.edit.closure-too-long", new Object[]{MAX_CLOSURE_DAYS}, null);
        }
        BaseOperation operation = operation(form.operation(), operations, errors);
        Optional<ClosureReason> reason = FormValues.choice(ClosureReason.class, form.reason());
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "directory.edit.choose-reason");
        }
        String note = FormValues.blank(form.note()) ? null : form.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            errors.rejectValue("note", "form.too-long", new Object[]{MAX_NOTE}, null);
        }
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new PublicInfo.Closure(from, to, operation, reason.orElseThrow(), note));
    }

    /** The operation chosen among the centre's, or null for "the whole centre" (an empty choice). */
    private static BaseOperation operation(String value, List<BaseOperation> operations, Errors errors) {
        if (FormValues.blank(value)) {
            return null;
        }
        Optional<BaseOperation> operation = FormValues.choice(BaseOperation.class, value)
                .filter(operations::contains);
        if (operation.isEmpty()) {
            errors.rejectValue("operation", "directory.edit.choose-operation");
        }
        return operation.orElse(null);
    }

    private static LocalDate closureDay(String value, String field, LocalDate today, Errors errors) {
        Optional<LocalDate> day = FormValues.date(value);
        if (day.isEmpty()) {
            errors.rejectValue(field, "directory.edit.date");
            return null;
        }
        if (day.get().isBefore(today)) {
            errors.rejectValue(field, "directory.edit.date-past");
            return null;
        }
        if (day.get().isAfter(today.plusDays(MAX_CLOSURE_DAYS))) {
            errors.rejectValue(field, "directory.edit.date-far", new Object[]{MAX_CLOSURE_DAYS}, null);
            return null;
        }
        return day.get();
    }

    private static LocalTime time(String value, String field, Errors errors) {
        var matcher = value == null ? null : TIME.matcher(value.strip());
        if (matcher == null || !matcher.matches()) {
            errors.rejectValue(field, "directory.edit.time-invalid");
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "directory.edit.time-invalid");
            return null;
        }
    }

    private static Coordinates coordinates(ContactForm form, Errors errors) {
        boolean noLatitude = FormValues.blank(form.latitude());
        boolean noLongitude = FormValues.blank(form.longitude());
        if (noLatitude && noLongitude) {
            return null;
        }
        Double latitude = decimal(form.latitude(), "latitude", errors);
        Double longitude = decimal(form.longitude(), "longitude", errors);
        if (latitude == null || longitude == null) {
            return null;
        }
        if (!Coordinates.within(latitude, longitude)) {
            errors.rejectValue("latitude", "directory.edit.coordinates-outside");
            return null;
        }
        return new Coordinates(latitude, longitude);
    }

    private static Double decimal(String value, String field, Errors errors) {
        if (FormValues.blank(value) || !DECIMAL.matcher(value.strip()).matches()) {
            errors.rejectValue(field, "directory.edit.coordinate");
            return null;
        }
        return Double.parseDouble(value.strip().replace(',', '.'));
    }

    private static boolean web(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String line(String value, String field, Errors errors) {
        return text(value, field, MAX_LINE, errors);
    }

    private static String text(String value, String field, int max, Errors errors) {
        String text = FormValues.text(value);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
            return null;
        }
        return text;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

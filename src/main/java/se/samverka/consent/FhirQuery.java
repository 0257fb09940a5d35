package se.samverka.consent;

import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;
import se.samverka.rules.IdentityNumber;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FHIR search of the registers as the client wrote it, checked: the identity number searched for, the statuses, the
 * date conditions and the page. Every problem is collected and answered at once, 400 with a Swedish text per
 * parameter. Parameters Samverka does not know are left out, as FHIR asks of a server (the Bundle's self link shows
 * what was applied); a known parameter in a form Samverka does not support is refused, so that a search never
 * answers more than was asked for.
 *
 * @param number       the person searched for by exact identity number, or null for the whole register
 * @param matchNothing the identifier named a system that cannot hold the number (a personnummer searched as a
 *                     samordningsnummer, say), or the statuses asked for are ones Samverka never has
 * @param statuses     empty for any
 * @param dates        conditions on the resource's date (Consent.date, AuditEvent.recorded), all to hold
 * @param periods      conditions on the consent's period of validity (Consent.period), all to hold
 * @param applied      the parameters applied, for the Bundle's links
 */
record FhirQuery(IdentityNumber number, boolean matchNothing, Set<Status> statuses, List<DateCondition> dates,
                 List<DateCondition> periods, int count, int offset, Map<String, List<String>> applied) {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 200;
    /** Beyond this a client pages through more than any register holds. */
    static final int MAX_OFFSET = 1_000_000;

    /** The consent's state in FHIR R5 (http://hl7.org/fhir/consent-state-codes) that Samverka gives. */
    enum Status {
        ACTIVE, INACTIVE
    }

    /** A FHIR date search prefix: how the resource's time range relates to the one searched for. */
    enum Prefix {
        EQ, NE, LT, LE, GT, GE, SA, EB
    }

    /**
     * A FHIR date condition: the searched value is the time range [start, end) its precision spans (a year, a month,
     * a day, a second), in the application's time zone when it has no offset of its own.
     */
    record DateCondition(Prefix prefix, Instant start, Instant end) {
    }

    static final String CONSENT_STATE_SYSTEM = "http://hl7.org/fhir/consent-state-codes";
    /** The R5 states Samverka never gives: asked for, they match nothing, but they are not an error. */
    private static final Set<String> OTHER_STATES = Set.of("draft", "not-done", "entered-in-error", "unknown");
    private static final Pattern DATE = Pattern.compile(
            "(eq|ne|lt|le|gt|ge|sa|eb|ap)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?"
                    + "(?:Z|[+-]\\d{2}:\\d{2}))?)?)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json");

    /** What a search of one resource type accepts. */
    record Accepts(String resourceType, List<String> identifierParameters, Set<String> referenceParameters,
                   boolean status, boolean period) {

        static final Accepts CONSENT = new Accepts("Consent", List.of("subject:identifier", "patient:identifier"),
                Set.of("subject", "patient"), true, true);
        static final Accepts AUDIT_EVENT = new Accepts("AuditEvent", List.of("patient:identifier",
                "entity:identifier"), Set.of("patient", "entity"), false, false);
    }

    static FhirQuery parse(Accepts accepts, Map<String, String[]> parameters, LocalDate today, ZoneId zone,
                           Texts texts) {
        var problems = new ArrayList<FieldProblem>();
        var applied = new LinkedHashMap<String, List<String>>();
        IdentityNumber number = null;
        boolean matchNothing = false;
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        var dates = new ArrayList<DateCondition>();
        var periods = new ArrayList<DateCondition>();
        int count = DEFAULT_COUNT;
        int offset = 0;
        String identifierParameter = null;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String[] values = parameter.getValue();
            String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            if (accepts.identifierParameters().contains(name)) {
                if (identifierParameter != null || values.length != 1) {
                    problems.add(new FieldProblem(name, texts.message("api.fhir.identifier.one")));
                    continue;
                }
                identifierParameter = name;
                var searched = identifier(values[0], today, texts);
                if (searched.problem() != null) {
                    problems.add(new FieldProblem(name, searched.problem()));
                } else {
                    number = searched.number();
                    matchNothing |= searched.otherSystem();
                    applied.put(name, List.of(values[0]));
                }
            } else if (accepts.referenceParameters().contains(base)) {
                problems.add(new FieldProblem(name, texts.message("api.fhir.reference.unsupported", base)));
            } else if (accepts.status() && name.equals("status")) {
                for (String value : values) {
                    Set<Status> asked = EnumSet.noneOf(Status.class);
                    boolean onlyOthers = true;
                    for (String token : value.split(",", -1)) {
                        String code = token.startsWith(CONSENT_STATE_SYSTEM + "|")
                                ? token.substring(CONSENT_STATE_SYSTEM.length() + 1) : token;
                        switch (code) {
                            case "active" -> {
                                asked.add(Status.ACTIVE);
                                onlyOthers = false;
                            }
                            case "inactive" -> {
                                asked.add(Status.INACTIVE);
                                onlyOthers = false;
                            }
                            default -> {
                                if (!OTHER_STATES.contains(code)) {
                                    problems.add(new FieldProblem(name,
                                            texts.message("api.fhir.status.unknown", token)));
                                }
                            }
                        }
                    }
                    // several status parameters must all hold; each one's values are alternatives
                    if (onlyOthers) {
                        matchNothing = true;
                    } else if (statuses.isEmpty()) {
                        statuses.addAll(asked);
                    } else {
                        statuses.retainAll(asked);
                        matchNothing |= statuses.isEmpty();
                    }
                }
                applied.put(name, List.of(values));
            } else if (name.equals("date") || accepts.period() && name.equals("period")) {
                for (String value : values) {
                    Optional<DateCondition> condition = date(value, zone);
                    if (condition.isEmpty()) {
                        problems.add(new FieldProblem(name, value.startsWith("ap")
                                ? texts.message("api.fhir.date.approximate")
                                : texts.message("api.fhir.date.invalid", value)));
                    } else {
                        (name.equals("date") ? dates : periods).add(condition.get());
                    }
                }
                applied.put(name, List.of(values));
            } else if (name.equals("_count")) {
                if (values.length != 1 || !WHOLE_NUMBER.matcher(values[0]).matches()) {
                    problems.add(new FieldProblem(name, texts.message("api.fhir.count", String.join(",", values),
                            MAX_COUNT)));
                } else {
                    count = Math.min(Integer.parseInt(values[0]), MAX_COUNT);
                }
            } else if (name.equals("_offset")) {
                if (values.length != 1 || !WHOLE_NUMBER.matcher(values[0]).matches()
                        || Integer.parseInt(values[0]) > MAX_OFFSET) {
                    problems.add(new FieldProblem(name, texts.message("api.fhir.offset", String.join(",", values),
                            MAX_OFFSET)));
                } else {
                    offset = Integer.parseInt(values[0]);
                }
            } else if (name.equals("_format")) {
                if (values.length != 1 || !JSON_FORMATS.contains(values[0].strip().toLowerCase(Locale.ROOT))) {
                    problems.add(new FieldProblem(name, texts.message("api.fhir.format")));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new FhirQuery(number, matchNothing, statuses, dates, periods, count, offset, applied);
    }

    /** @param otherSystem the number is valid, but not of the kind the named system holds */
    private record Searched(IdentityNumber number, boolean otherSystem, String problem) {
    }

    /** {@code [system|]value}; the value as staff write it, with 10 or 12 digits, with or without a separator. */
    private static Searched identifier(String written, LocalDate today, Texts texts) {
        String system = null;
        String value = written;
        int bar = written.indexOf('|');
        if (bar >= 0) {
            system = written.substring(0, bar);
            value = written.substring(bar + 1);
        }
        IdentityNumber.Kind kind = null;
        if (system != null && !system.isEmpty()) {
            kind = FhirResources.identifierKind(system).orElse(null);
            if (kind == null) {
                return new Searched(null, false, texts.message("api.fhir.identifier.system",
                        FhirResources.PERSONNUMMER, FhirResources.SAMORDNINGSNUMMER));
            }
        }
        IdentityNumber.Check check = IdentityNumber.check(value, today);
        if (!check.valid()) {
            return new Searched(null, false, texts.message("api.fhir.identifier.invalid",
                    texts.message(check.problem().messageKey())));
        }
        return new Searched(check.number(), kind != null && kind != check.number().kind(), null);
    }

    /** A FHIR date (a year, a month, a day, or a time with its offset) with its prefix; empty when it is none. */
    static Optional<DateCondition> date(String written, ZoneId zone) {
        Matcher date = DATE.matcher(written);
        if (!date.matches() || "ap".equals(date.group(1))) {
            return Optional.empty();
        }
        Prefix prefix = date.group(1) == null ? Prefix.EQ : Prefix.valueOf(date.group(1).toUpperCase(Locale.ROOT));
        try {
            int year = Integer.parseInt(date.group(2));
            if (date.group(3) == null) {
                LocalDate first = LocalDate.of(year, 1, 1);
                return Optional.of(new DateCondition(prefix, start(first, zone), start(first.plusYears(1), zone)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(date.group(3)));
            if (date.group(4) == null) {
                return Optional.of(new DateCondition(prefix, start(month.atDay(1), zone),
                        start(month.plusMonths(1).atDay(1), zone)));
            }
            LocalDate day = month.atDay(Integer.parseInt(date.group(4)));
            if (date.group(5) == null) {
                return Optional.of(new DateCondition(prefix, start(day, zone), start(day.plusDays(1), zone)));
            }
            String time = date.group(5).substring(1);
            boolean minutes = time.charAt(5) != ':';
            OffsetDateTime at = OffsetDateTime.parse(day + "T"
                    + (minutes ? time.substring(0, 5) + ":00" + time.substring(5) : time));
            ChronoUnit unit = minutes ? ChronoUnit.MINUTES : time.contains(".") ? ChronoUnit.MILLIS
                    : ChronoUnit.SECONDS;
            return Optional.of(new DateCondition(prefix, at.toInstant(), at.toInstant().plus(1, unit)));
        } catch (DateTimeException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT).atZone(zone).toInstant();
    }

    /** Whether an identifier is to be searched for. */
    boolean byNumber() {
        return number != null;
    }
}

package se.samverka.directory;

import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a centre tells the public beyond the registry: how to reach it, its hours and when it is closed, the premises'
 * accessibility, the staff's languages and its own words for what each base operation offers. The coordinator edits a
 * draft of it and publishes it; the public sees only what was published.
 *
 * @param coordinates where the centre is, for "near me"; null when not given
 * @param languages   ISO 639-1 codes of the languages the staff speak, in the order given
 */
record PublicInfo(String phone, String email, String website, String directions, String transit,
                  Coordinates coordinates, Set<Feature> accessibility, String accessibilityNote,
                  List<String> languages, List<OperationText> texts, List<Hours> hours, List<Closure> closures) {

    static final int MAX_HOURS = 60;
    static final int MAX_CLOSURES = 40;
    static final PublicInfo EMPTY = new PublicInfo(null, null, null, null, null, null, Set.of(), null, List.of(),
            List.of(), List.of(), List.of());

    PublicInfo {
        accessibility = accessibility == null || accessibility.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(accessibility));
        languages = languages == null ? List.of() : List.copyOf(languages);
        texts = texts == null ? List.of() : List.copyOf(texts);
        hours = hours == null ? List.of() : hours.stream().sorted(Hours.ORDER).toList();
        closures = closures == null ? List.of() : closures.stream()
                .sorted(Comparator.comparing(Closure::from).thenComparing(Closure::to)).toList();
    }

    /** A feature of the premises that tells a visitor with a pram, a wheelchair or a hearing aid what to expect. */
    enum Feature {
        STEP_FREE_ENTRANCE, AUTOMATIC_DOOR, LIFT, ACCESSIBLE_TOILET, CHANGING_TABLE, PRAM_PARKING, HEARING_LOOP,
        ACCESSIBLE_PARKING
    }

    /** What a line of hours is for: the centre or operation is open, open for drop-in, or answers the telephone. */
    enum HoursKind {
        OPEN, DROP_IN, PHONE
    }

    /** Why a centre or an operation is closed for some days. */
    enum ClosureReason {
        PUBLIC_HOLIDAY, SUMMER, STAFF_TRAINING, OTHER
    }

    /** A point in WGS 84, within Sweden. */
    record Coordinates(double latitude, double longitude) {

        private static final double EARTH_RADIUS_KM = 6371.0088;

        Coordinates {
            if (!within(latitude, longitude)) {
                throw new IllegalArgumentException("not in Sweden: " + latitude + ", " + longitude);
            }
        }

        /** Whether a point lies in the box around Sweden. */
        static boolean within(double latitude, double longitude) {
            return latitude >= 55.0 && latitude <= 69.1 && longitude >= 10.5 && longitude <= 24.2;
        }

        /** The great-circle distance, in kilometres. */
        double kilometresTo(Coordinates other) {
            double lat1 = Math.toRadians(latitude);
            double lat2 = Math.toRadians(other.latitude);
            double dLat = lat2 - lat1;
            double dLon = Math.toRadians(other.longitude - longitude);
            double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                    + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        }
    }

    /** The centre's own words for what an operation offers, in one language; replaces the standard text there. */
    record OperationText(BaseOperation operation, String language, String text) {

        OperationText {
            Objects.requireNonNull(operation);
            Objects.requireNonNull(language);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an adapted text says something");
            }
        }
    }

    /**
     * Recurring weekly hours, of the whole centre ({@code operation} null) or of one operation.
     */
    record Hours(BaseOperation operation, HoursKind kind, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

        static final Comparator<Hours> ORDER = Comparator
                .comparing((Hours h) -> h.operation() == null ? -1 : h.operation().ordinal())
                .thenComparing(Hours::kind)
                .thenComparing(h -> h.days().stream().min(Comparator.naturalOrder()).orElseThrow())
                .thenComparing(Hours::opens);

        Hours {
            Objects.requireNonNull(kind);
            if (days == null || days.isEmpty()) {
                throw new IllegalArgumentException("hours are on some day");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("opens before it closes");
            }
        }

        /** The days in week order. */
        List<DayOfWeek> weekDays() {
            return days.stream().sorted().toList();
        }

        boolean covers(LocalDateTime at) {
            LocalTime time = at.toLocalTime();
            return days.contains(at.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    /** Days on which the whole centre ({@code operation} null) or one operation is closed, both days included. */
    record Closure(LocalDate from, LocalDate to, BaseOperation operation, ClosureReason reason, String note) {

        Closure {
            Objects.requireNonNull(reason);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a closure ends after it starts");
            }
        }

        boolean covers(LocalDate day, BaseOperation of) {
            return !day.isBefore(from) && !day.isAfter(to) && (operation == null || operation == of);
        }
    }

    /** Whether the centre is open at a moment, by its published hours; UNKNOWN when it gives none. */
    enum Openness {
        OPEN, CLOSED, UNKNOWN
    }

    /** Open or closed at {@code at} (Swedish time), and until when it stays open. */
    record OpenNow(Openness state, LocalTime until) {
    }

    /**
     * Open when a line of opening or drop-in hours covers the moment and no closure covers its day, until the last of
     * the lines that follow on one another without a gap closes; the telephone hours do not open the doors.
     */
    OpenNow openAt(LocalDateTime at) {
        List<Hours> visiting = hours.stream().filter(h -> h.kind() != HoursKind.PHONE).toList();
        if (visiting.isEmpty()) {
            return new OpenNow(Openness.UNKNOWN, null);
        }
        Optional<LocalTime> until = latestClosing(visiting, at);
        if (until.isEmpty()) {
            return new OpenNow(Openness.CLOSED, null);
        }
        LocalTime end = until.get();
        for (Optional<LocalTime> later = latestClosing(visiting, at.with(end)); later.isPresent()
                && later.get().isAfter(end); later = latestClosing(visiting, at.with(end))) {
            end = later.get();
        }
        return new OpenNow(Openness.OPEN, end);
    }

    /** When the latest of the lines open at {@code at} closes. */
    private Optional<LocalTime> latestClosing(List<Hours> visiting, LocalDateTime at) {
        return visiting.stream()
                .filter(h -> h.covers(at))
                .filter(h -> closures.stream().noneMatch(c -> c.covers(at.toLocalDate(), h.operation())))
                .map(Hours::closes)
                .max(Comparator.naturalOrder());
    }

    /** The closures not yet over on {@code today}. */
    List<Closure> closuresFrom(LocalDate today) {
        return closures.stream().filter(c -> !c.to().isBefore(today)).toList();
    }

    /** The centre's own text for an operation in a language, if it wrote one. */
    Optional<String> text(BaseOperation operation, String language) {
        return texts.stream().filter(t -> t.operation() == operation && t.language().equals(language))
                .map(OperationText::text).findFirst();
    }

    PublicInfo withContact(String phone, String email, String website, String directions, String transit,
                           Coordinates coordinates) {
        return new PublicInfo(phone, email, website, directions, transit, coordinates, accessibility,
                accessibilityNote, languages, texts, hours, closures);
    }

    PublicInfo withAccessibility(Set<Feature> accessibility, String accessibilityNote, List<String> languages) {
        return new PublicInfo(phone, email, website, directions, transit, coordinates, accessibility,
                accessibilityNote, languages, texts, hours, closures);
    }

    PublicInfo withTexts(List<OperationText> texts) {
        return new PublicInfo(phone, email, website, directions, transit, coordinates, accessibility,
                accessibilityNote, languages, texts, hours, closures);
    }

    PublicInfo withHours(Hours added) {
        return withTimes(added(hours, added, MAX_HOURS, "directory.edit.refused.too-many-hours"), closures);
    }

    PublicInfo withoutHours(int index) {
        return withTimes(removed(hours, index), closures);
    }

    PublicInfo withClosure(Closure added) {
        return withTimes(hours, added(closures, added, MAX_CLOSURES, "directory.edit.refused.too-many-closures"));
    }

    PublicInfo withoutClosure(int index) {
        return withTimes(hours, removed(closures, index));
    }

    private PublicInfo withTimes(List<Hours> hours, List<Closure> closures) {
        return new PublicInfo(phone, email, website, directions, transit, coordinates, accessibility,
                accessibilityNote, languages, texts, hours, closures);
    }

    private static <T> List<T> added(List<T> rows, T row, int max, String refusal) {
        if (rows.size() >= max) {
            throw new Refusal(refusal, String.valueOf(max));
        }
        List<T> all = new ArrayList<>(rows);
        all.add(row);
        return all;
    }

    /** The rows without the one at {@code index}, as the editor showed them (in their order). */
    private static <T> List<T> removed(List<T> rows, int index) {
        if (index < 0 || index >= rows.size()) {
            throw new Refusal("directory.edit.refused.gone");
        }
        List<T> all = new ArrayList<>(rows);
        all.remove(index);
        return all;
    }
}

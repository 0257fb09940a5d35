package se.samverka.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A centre's activity in the public directory, as stored.
 *
 * @param uid             the activity's identity in calendar programs, kept across edits
 * @param repeatUntil     the last day it may take place when it repeats, else null
 * @param languages       the languages it is held in, as ISO 639-1 codes
 * @param planYear        the year of the operational plan it was published from, or null
 * @param planActivityKey the plan's activity it was published from, or null
 */
record PublicActivity(long id, long centreId, UUID uid, ActivityKind kind, String title, String description,
                      LocalDate startsOn, LocalTime startTime, LocalTime endTime, Recurrence recurrence,
                      LocalDate repeatUntil, String place, Audience audience, List<String> languages, boolean signUp,
                      String signUpHow, ActivityState state, Integer planYear, Integer planActivityKey, int version,
                      Instant changedAt) {

    PublicActivity {
        languages = List.copyOf(languages);
    }

    /** The days in {@code from}–{@code to} on which it takes place. */
    List<LocalDate> days(LocalDate from, LocalDate to) {
        return recurrence.days(startsOn, repeatUntil, from, to);
    }

    /** The last day it takes place on, or may. */
    LocalDate lastDay() {
        return repeatUntil == null ? startsOn : repeatUntil;
    }
}

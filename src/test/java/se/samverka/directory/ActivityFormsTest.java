package se.samverka.directory;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import se.samverka.directory.ActivityForms.ActivityForm;
import se.samverka.directory.ActivityForms.ActivityInput;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity form's checks, each with the message its field gets; without Spring. */
class ActivityFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final String CENTRE = "Solrosgatan 1, 411 01 Göteborg";

    private static ActivityForm form(String date, String start, String end, String recurrence, String until,
                                     String place, List<String> languages, String signUp, String how) {
        return new ActivityForm("BABY_MASSAGE", "Babymassage", "Ta med en filt.", date, start, end, recurrence,
                until, place, "PARENTS_OF_BABIES", languages, signUp, how, "", "", "");
    }

    private static ActivityForm valid() {
        return form("2026-12-10", "10:00", "11:30", "WEEKLY", "2027-03-25", "", List.of("sv", "ar"), "true",
                "Ring BVC");
    }

    @Test
    void aValidFormBecomesTheActivityAtTheCentresAddressWhenNoPlaceIsGiven() {
        var errors = new BeanPropertyBindingResult(valid(), "activity");
        ActivityInput input = ActivityForms.input(valid(), TODAY, CENTRE, errors).orElseThrow();
        assertThat(errors.hasErrors()).isFalse();
        assertThat(input.startsOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(input.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(input.repeatUntil()).isEqualTo(LocalDate.of(2027, 3, 25));
        assertThat(input.place()).isEqualTo(CENTRE);
        assertThat(input.languages()).containsExactly("sv", "ar");
        assertThat(input.signUpHow()).isEqualTo("Ring BVC");
    }

    @Test
    void eachMistakeGetsItsOwnMessageAtItsField() {
        assertThat(errors(form("2026-12-10", "11:30", "10:00", "NONE", "", "", List.of("sv"), "false", "")))
                .containsExactly(Map.entry("endTime", "directory.activity.form.end-after-start"));
        assertThat(errors(form("2026-12-01", "10:00", "11:00", "NONE", "", "", List.of("sv"), "false", "")))
                .containsExactly(Map.entry("date", "directory.activity.form.date-past"));
        assertThat(errors(form("10/12", "25:00", "10", "NONE", "", "", List.of("sv"), "false", "")))
                .containsOnly(Map.entry("date", "directory.activity.form.date-invalid"),
                        Map.entry("startTime", "directory.activity.form.time"),
                        Map.entry("endTime", "directory.activity.form.time"));
        assertThat(errors(form("2026-12-10", "10:00", "11:00", "WEEKLY", "2027-12-11", "", List.of("sv"), "false", "")))
                .containsExactly(Map.entry("repeatUntil", "directory.activity.form.until-within-year"));
        assertThat(errors(form("2026-12-10", "10:00", "11:00", "MONTHLY", "2026-12-10", "", List.of("sv"), "false", "")))
                .containsExactly(Map.entry("repeatUntil", "directory.activity.form.until-after-start"));
        assertThat(errors(form("2026-12-10", "10:00", "11:00", "MONTHLY", "", "", List.of("sv"), "false", "")))
                .containsExactly(Map.entry("repeatUntil", "directory.activity.form.until-required"));
        assertThat(errors(form("2026-12-10", "10:00", "11:00", "NONE", "", "", null, "true", " ")))
                .containsOnly(Map.entry("languages", "directory.activity.form.choose-language"),
                        Map.entry("signUpHow", "directory.activity.form.required"));
        assertThat(errors(form("2026-12-10", "10:00", "11:00", "NONE", "", "x".repeat(301), List.of("xx"), "false", "")))
                .containsOnly(Map.entry("place", "form.too-long"),
                        Map.entry("languages", "directory.activity.form.unknown-language"));
        assertThat(errors(new ActivityForm("NOPE", " ", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null)).keySet())
                .containsExactlyInAnyOrder("kind", "title", "date", "startTime", "endTime", "recurrence", "audience",
                        "languages");
    }

    @Test
    void aStoredActivityMayKeepAFirstDayThatHasPassed() {
        ActivityForm past = form("2026-11-03", "10:00", "11:00", "WEEKLY", "2027-03-30", "", List.of("sv"), "false", "");
        assertThat(errors(past)).containsKey("date");
        var errors = new BeanPropertyBindingResult(past, "activity");
        assertThat(ActivityForms.input(past, LocalDate.of(2026, 11, 3), CENTRE, errors)).isPresent();
    }

    @Test
    void aRepeatUntilIsDroppedWhenTheActivityDoesNotRepeat() {
        ActivityForm once = form("2026-12-10", "10:00", "11:00", "NONE", "2027-01-01", "Biblioteket", List.of("en"),
                "false", "Ring");
        Optional<ActivityInput> input = ActivityForms.input(once, TODAY, CENTRE,
                new BeanPropertyBindingResult(once, "activity"));
        assertThat(input.orElseThrow().repeatUntil()).isNull();
        assertThat(input.orElseThrow().signUpHow()).isNull();
        assertThat(input.orElseThrow().place()).isEqualTo("Biblioteket");
    }

    private static Map<String, String> errors(ActivityForm form) {
        var errors = new BeanPropertyBindingResult(form, "activity");
        assertThat(ActivityForms.input(form, TODAY, CENTRE, errors)).isEmpty();
        return errors.getFieldErrors().stream()
                .collect(Collectors.toMap(e -> e.getField(), e -> e.getCode(), (a, b) -> a));
    }
}

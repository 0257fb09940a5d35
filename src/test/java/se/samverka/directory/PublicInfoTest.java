package se.samverka.directory;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import se.samverka.directory.PublicInfo.Closure;
import se.samverka.directory.PublicInfo.ClosureReason;
import se.samverka.directory.PublicInfo.Coordinates;
import se.samverka.directory.PublicInfo.Hours;
import se.samverka.directory.PublicInfo.HoursKind;
import se.samverka.directory.PublicInfo.Openness;
import se.samverka.directory.PublicPageForms.ClosureForm;
import se.samverka.directory.PublicPageForms.ContactForm;
import se.samverka.directory.PublicPageForms.HoursForm;
import se.samverka.platform.Refusal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;

/** A centre's public information without Spring: open now, closures, hours in words, distance and the forms. */
class PublicInfoTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    /** Wednesday 2 December 2026. */
    private static final LocalDate WEDNESDAY_2_DEC = LocalDate.of(2026, 12, 2);

    private static final Hours WEEKDAYS = new Hours(null, HoursKind.OPEN,
            EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(16, 0));
    private static final Hours DROP_IN = new Hours(OPEN_PRESCHOOL, HoursKind.DROP_IN,
            Set.of(WEDNESDAY), LocalTime.of(13, 0), LocalTime.of(18, 30));
    private static final Hours PHONE = new Hours(CHILD_HEALTH, HoursKind.PHONE,
            Set.of(SATURDAY), LocalTime.of(8, 0), LocalTime.of(9, 0));

    @Test
    void openWhileOpeningOrDropInHoursRunAndUntilTheLatestOfThem() {
        PublicInfo info = PublicInfo.EMPTY.withHours(WEEKDAYS).withHours(DROP_IN).withHours(PHONE);
        assertThat(info.openAt(WEDNESDAY_2_DEC.atTime(10, 0)))
                .isEqualTo(new PublicInfo.OpenNow(Openness.OPEN, LocalTime.of(18, 30)));
        assertThat(info.openAt(WEDNESDAY_2_DEC.atTime(16, 0)).state()).isEqualTo(Openness.OPEN);
        assertThat(info.openAt(WEDNESDAY_2_DEC.atTime(18, 30)).state()).isEqualTo(Openness.CLOSED);
        assertThat(info.openAt(WEDNESDAY_2_DEC.atTime(8, 59)).state()).isEqualTo(Openness.CLOSED);
        assertThat(info.openAt(WEDNESDAY_2_DEC.plusDays(1).atTime(16, 0)).state()).isEqualTo(Openness.CLOSED);
        // The telephone hours do not open the doors.
        assertThat(info.openAt(WEDNESDAY_2_DEC.plusDays(3).atTime(8, 30)).state()).isEqualTo(Openness.CLOSED);
        assertThat(PublicInfo.EMPTY.withHours(PHONE).openAt(WEDNESDAY_2_DEC.atTime(10, 0)).state())
                .isEqualTo(Openness.UNKNOWN);
    }

    @Test
    void aClosureOfTheCentreClosesEverythingAndOneOfAnOperationOnlyItsHours() {
        PublicInfo info = PublicInfo.EMPTY.withHours(WEEKDAYS).withHours(DROP_IN);
        LocalDateTime afternoon = WEDNESDAY_2_DEC.atTime(17, 0);
        PublicInfo preschoolClosed = info.withClosure(new Closure(WEDNESDAY_2_DEC, WEDNESDAY_2_DEC, OPEN_PRESCHOOL,
                ClosureReason.STAFF_TRAINING, null));
        assertThat(preschoolClosed.openAt(afternoon).state()).isEqualTo(Openness.CLOSED);
        assertThat(preschoolClosed.openAt(WEDNESDAY_2_DEC.atTime(10, 0)))
                .isEqualTo(new PublicInfo.OpenNow(Openness.OPEN, LocalTime.of(16, 0)));
        PublicInfo christmas = info.withClosure(new Closure(WEDNESDAY_2_DEC.minusDays(1), WEDNESDAY_2_DEC, null,
                ClosureReason.PUBLIC_HOLIDAY, "Julstängt"));
        assertThat(christmas.openAt(WEDNESDAY_2_DEC.atTime(10, 0)).state()).isEqualTo(Openness.CLOSED);
        assertThat(christmas.openAt(WEDNESDAY_2_DEC.plusDays(1).atTime(10, 0)).state()).isEqualTo(Openness.OPEN);
        assertThat(christmas.closuresFrom(WEDNESDAY_2_DEC)).hasSize(1);
        assertThat(christmas.closuresFrom(WEDNESDAY_2_DEC.plusDays(1))).isEmpty();
    }

    @Test
    void daysInARowAreWrittenAsASpanAndTimesTheSwedishWay() {
        assertThat(PublicCentre.days(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), SWEDISH))
                .isEqualTo("Måndag–fredag");
        assertThat(PublicCentre.days(List.of(MONDAY, WEDNESDAY), SWEDISH)).isEqualTo("Måndag, onsdag");
        assertThat(PublicCentre.days(List.of(MONDAY, TUESDAY, THURSDAY, FRIDAY, SATURDAY), Locale.ENGLISH))
                .isEqualTo("Monday, Tuesday, Thursday–Saturday");
        assertThat(PublicCentre.time(LocalTime.of(9, 0), LocalTime.of(12, 30), SWEDISH)).isEqualTo("09.00–12.30");
        assertThat(PublicCentre.time(LocalTime.of(9, 0), LocalTime.of(12, 30), Locale.ENGLISH))
                .isEqualTo("09:00–12:30");
    }

    @Test
    void theDistanceIsTheGreatCircleBetweenTwoPoints() {
        Coordinates gothenburg = new Coordinates(57.7089, 11.9746);
        Coordinates boras = new Coordinates(57.7210, 12.9401);
        assertThat(gothenburg.kilometresTo(boras)).isBetween(57.0, 58.5);
        assertThat(gothenburg.kilometresTo(gothenburg)).isZero();
        assertThatThrownBy(() -> new Coordinates(11.97, 57.70)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DirectoryPages.position("57.709,11.975")).contains(new Coordinates(57.709, 11.975));
        for (String bad : new String[]{"57.7", "NaN,11", "Infinity,11", "57.7,11.9,1", "abc,def", "0,0",
                "57.7," + "9".repeat(50)}) {
            assertThat(DirectoryPages.position(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aRowThatIsGoneOrOneTooManyIsRefused() {
        assertThatThrownBy(() -> PublicInfo.EMPTY.withoutHours(0)).isInstanceOf(Refusal.class);
        PublicInfo full = PublicInfo.EMPTY;
        for (int i = 0; i < PublicInfo.MAX_HOURS; i++) {
            full = full.withHours(WEEKDAYS);
        }
        PublicInfo many = full;
        assertThatThrownBy(() -> many.withHours(DROP_IN)).isInstanceOf(Refusal.class)
                .hasMessage("directory.edit.refused.too-many-hours");
        assertThat(full.withoutHours(3).hours()).hasSize(PublicInfo.MAX_HOURS - 1);
    }

    @Test
    void formsTurnWhatWasTypedIntoValuesOrErrorsAtTheFields() {
        var contact = new ContactForm("010-123 45 67", "fc@example.se", "https://example.se/fc", "Ingång B",
                "Hållplats Torget", "57,7089", "11.9746", "0");
        var errors = new BeanPropertyBindingResult(contact, "contact");
        assertThat(PublicPageForms.contact(contact, errors)).hasValueSatisfying(c -> {
            assertThat(c.coordinates()).isEqualTo(new Coordinates(57.7089, 11.9746));
            assertThat(c.phone()).isEqualTo("010-123 45 67");
        });
        var bad = new ContactForm("ring oss", "fc@", "javascript:alert(1)", "", "", "11.97", "57.70", "0");
        var badErrors = new BeanPropertyBindingResult(bad, "contact");
        assertThat(PublicPageForms.contact(bad, badErrors)).isEmpty();
        assertThat(badErrors.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()))
                .containsExactlyInAnyOrder("phone:directory.edit.phone", "email:directory.edit.email",
                        "website:directory.edit.website", "latitude:directory.edit.coordinates-outside");

        var onlyLatitude = new ContactForm("", "", "", "", "", "57.7", "", "0");
        var latitudeErrors = new BeanPropertyBindingResult(onlyLatitude, "contact");
        assertThat(PublicPageForms.contact(onlyLatitude, latitudeErrors)).isEmpty();
        assertThat(latitudeErrors.getFieldError("longitude")).isNotNull();

        var hours = new HoursForm("MIDWIFE_CLINIC", "OPEN", List.of("MONDAY"), "16.00", "9:00");
        var hoursErrors = new BeanPropertyBindingResult(hours, "hours");
        assertThat(PublicPageForms.hours(hours, List.of(CHILD_HEALTH, OPEN_PRESCHOOL), hoursErrors)).isEmpty();
        assertThat(hoursErrors.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()))
                .containsExactlyInAnyOrder("operation:directory.edit.choose-operation",
                        "closes:directory.edit.closes-after-opens");
        var good = new HoursForm("", "DROP_IN", List.of("MONDAY", "TUESDAY"), "9.00", "12:30");
        assertThat(PublicPageForms.hours(good, List.of(), new BeanPropertyBindingResult(good, "hours")))
                .contains(new Hours(null, HoursKind.DROP_IN, Set.of(MONDAY, TUESDAY), LocalTime.of(9, 0),
                        LocalTime.of(12, 30)));

        var past = new ClosureForm(WEDNESDAY_2_DEC.minusDays(1).toString(), WEDNESDAY_2_DEC.minusDays(2).toString(),
                "", "SUMMER", "");
        var closureErrors = new BeanPropertyBindingResult(past, "closure");
        assertThat(PublicPageForms.closure(past, List.of(), WEDNESDAY_2_DEC, closureErrors)).isEmpty();
        assertThat(closureErrors.getFieldError("from").getCode()).isEqualTo("directory.edit.date-past");
        var summer = new ClosureForm("2027-06-28", "2027-08-01", "", "SUMMER", "Välkomna tillbaka 2 augusti");
        assertThat(PublicPageForms.closure(summer, List.of(), WEDNESDAY_2_DEC,
                new BeanPropertyBindingResult(summer, "closure"))).hasValueSatisfying(c -> {
                    assertThat(c.from()).isEqualTo(LocalDate.of(2027, 6, 28));
                    assertThat(c.operation()).isNull();
                });
    }
}

package se.samverka.directory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.directory.PublicInfo.Closure;
import se.samverka.directory.PublicInfo.ClosureReason;
import se.samverka.directory.PublicInfo.Coordinates;
import se.samverka.directory.PublicInfo.Feature;
import se.samverka.directory.PublicInfo.Hours;
import se.samverka.directory.PublicInfo.HoursKind;
import se.samverka.directory.PublicInfo.OperationText;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;

/** The demo's public pages: two centres publish contact, hours, a Christmas closure, accessibility and languages. */
@Component
@Profile("demo")
public class DirectoryDemo {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

    private final PublicPageWork work;
    private final Clock clock;

    DirectoryDemo(PublicPageWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    /** Solrosen in Angered: a page in Swedish and English, published by its coordinator. */
    @Transactional
    public void publishSolrosen(long centreId, String by) {
        PublicInfo info = new PublicInfo("031-365 00 00", "familjecentralen.solrosen@example.se",
                "https://example.se/familjecentralen-solrosen", "Ingången ligger mot torget, en trappa upp med hiss.",
                "Angereds Centrum (spårvagn 4 och 8, buss 19)", new Coordinates(57.7967, 12.0493),
                Set.of(Feature.STEP_FREE_ENTRANCE, Feature.LIFT, Feature.ACCESSIBLE_TOILET, Feature.CHANGING_TABLE,
                        Feature.PRAM_PARKING, Feature.HEARING_LOOP),
                "Barnvagnar ställer du i rummet till höger om entrén.", List.of("sv", "en", "ar", "so", "ti", "fa"),
                List.of(new OperationText(OPEN_PRESCHOOL, "sv", "Öppna förskolan har sångstund varje onsdag "
                                + "klockan 10 och babyträff för barn under ett år på fredagar."),
                        new OperationText(OPEN_PRESCHOOL, "en", "The open pre-school has songs every Wednesday at "
                                + "10 and a baby group for children under one on Fridays.")),
                List.of(new Hours(null, HoursKind.OPEN, WEEKDAYS, LocalTime.of(8, 30), LocalTime.of(16, 30)),
                        new Hours(OPEN_PRESCHOOL, HoursKind.DROP_IN, EnumSet.of(MONDAY, TUESDAY, THURSDAY),
                                LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new Hours(OPEN_PRESCHOOL, HoursKind.DROP_IN, EnumSet.of(WEDNESDAY),
                                LocalTime.of(13, 0), LocalTime.of(18, 0)),
                        new Hours(CHILD_HEALTH, HoursKind.PHONE, WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(9, 0)),
                        new Hours(MIDWIFE_CLINIC, HoursKind.PHONE, EnumSet.of(MONDAY, WEDNESDAY, FRIDAY),
                                LocalTime.of(13, 0), LocalTime.of(14, 0))),
                christmas());
        publish(centreId, info, by);
    }

    /** Hamnen in Uddevalla: contact, hours and position only. */
    @Transactional
    public void publishHamnen(long centreId, String by) {
        PublicInfo info = new PublicInfo("0522-69 60 00", null, null, null, "Uddevalla Hamnen (buss 1 och 2)",
                new Coordinates(58.3487, 11.9383), Set.of(Feature.STEP_FREE_ENTRANCE, Feature.PRAM_PARKING), null,
                List.of("sv", "en", "ar"), List.of(),
                List.of(new Hours(null, HoursKind.OPEN, EnumSet.range(MONDAY, THURSDAY), LocalTime.of(9, 0),
                        LocalTime.of(16, 0))),
                christmas());
        publish(centreId, info, by);
    }

    private List<Closure> christmas() {
        int year = LocalDate.now(clock).getMonthValue() == 12 && LocalDate.now(clock).getDayOfMonth() > 26
                ? Year.now(clock).getValue() + 1 : Year.now(clock).getValue();
        return List.of(new Closure(LocalDate.of(year, 12, 24), LocalDate.of(year + 1, 1, 6), OPEN_PRESCHOOL,
                ClosureReason.PUBLIC_HOLIDAY, null));
    }

    private void publish(long centreId, PublicInfo info, String by) {
        work.edit(centreId, draft -> info, work.version(centreId), "demo");
        work.publish(centreId, by, work.version(centreId));
    }
}

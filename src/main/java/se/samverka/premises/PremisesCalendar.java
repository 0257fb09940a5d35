package se.samverka.premises;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;

import java.util.List;

/** When each fire-safety check is next due, for centres that have organised their fire-safety work. */
@Component
class PremisesCalendar implements CalendarSource {

    private final PremisesRegister register;
    private final PremisesWork work;

    PremisesCalendar(PremisesRegister register, PremisesWork work) {
        this.register = register;
        this.work = work;
    }

    @Override
    public List<CalendarEntry> entries(long centreId, String centreName) {
        return register.findByCentreId(centreId)
                .map(premises -> work.due(premises, work.log(centreId)).stream()
                        .map(due -> new CalendarEntry("fire-safety-" + centreId + "-" + due.kind(), due.next(),
                                summary(due.kind()) + " – " + centreName,
                                due.last() == null ? "Ingen loggad ännu." : "Senast " + due.last() + ".",
                                "/centres/" + centreId + "/premises"))
                        .toList())
                .orElse(List.of());
    }

    private static String summary(FireSafetyKind kind) {
        return switch (kind) {
            case ROUND -> "SBA-rond";
            case ALARM_CHECK -> "Kontroll av brandlarmet";
            case EVACUATION_DRILL -> "Utrymningsövning";
        };
    }
}

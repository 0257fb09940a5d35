package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dates the centres' signed agreements set: end, last day for notice (R15d), end after notice (RB2a). */
@Component
class AgreementCalendar implements CalendarSource {

    private final AgreementStandings standings;
    private final AgreementChecks checks;
    private final Clock clock;

    AgreementCalendar(AgreementStandings standings, AgreementChecks checks, Clock clock) {
        this.standings = standings;
        this.checks = checks;
        this.clock = clock;
    }

    /** The county follows up the agreements' dates (§4). */
    @Override
    public boolean followedUp() {
        return true;
    }

    @Override
    public List<CalendarEntry> entries(Map<Long, String> centres, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<CalendarEntry> entries = new ArrayList<>();
        standings.ofCentres(centres.keySet()).forEach((centreId, ofCentre) -> {
            String centreName = centres.get(centreId);
            for (Deadline d : checks.deadlines(ofCentre, today)) {
                if (!d.date().isBefore(from) && !d.date().isAfter(to)) {
                    entries.add(CalendarEntry.allDay("agreement-" + d.agreementId() + "-" + d.what(),
                            CalendarEntry.Kind.DEADLINE, centreId, d.date(), summary(d) + " – " + centreName,
                            "Regel " + d.ruleId() + ".", "/agreements/" + d.agreementId(), false));
                }
            }
        });
        return entries;
    }

    private static String summary(Deadline deadline) {
        String agreement = deadline.kind() == AgreementKind.COOPERATION ? "samverkansavtalet" : "nyttjanderättsavtalet";
        return switch (deadline.what()) {
            case END -> "Lokala " + agreement + " upphör";
            case NOTICE -> "Sista dag att säga upp eller omförhandla lokala " + agreement;
            case USAGE_RIGHT_ENDS -> "Det uppsagda lokala " + agreement + " upphör";
        };
    }
}

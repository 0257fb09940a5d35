package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The dates the centre's signed agreements set: end, last day for notice (R15d), end after notice (RB2a). */
@Component
class AgreementCalendar implements CalendarSource {

    private final Agreements agreements;
    private final AgreementChecks checks;
    private final Clock clock;

    AgreementCalendar(Agreements agreements, AgreementChecks checks, Clock clock) {
        this.agreements = agreements;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public List<CalendarEntry> entries(long centreId, String centreName) {
        return checks.deadlines(agreements.findByCentreIdOrderByCreatedAt(centreId), LocalDate.now(clock)).stream()
                .map(d -> new CalendarEntry("agreement-" + d.agreementId() + "-" + d.what(), d.date(),
                        summary(d) + " – " + centreName,
                        "Regel " + d.ruleId() + ".", "/agreements/" + d.agreementId()))
                .toList();
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

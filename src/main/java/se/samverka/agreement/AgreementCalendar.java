package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;
import se.samverka.platform.Texts;

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
    private final Texts texts;
    private final Clock clock;

    AgreementCalendar(AgreementStandings standings, AgreementChecks checks, Texts texts, Clock clock) {
        this.standings = standings;
        this.checks = checks;
        this.texts = texts;
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
                            texts.message("agreement.calendar.rule", d.ruleId()), "/agreements/" + d.agreementId(),
                            false));
                }
            }
        });
        return entries;
    }

    private String summary(Deadline deadline) {
        return texts.message("agreement.calendar." + deadline.what(),
                texts.message("agreement.calendar.the-agreement." + deadline.kind()));
    }
}

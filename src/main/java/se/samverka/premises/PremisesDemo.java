package se.samverka.premises;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.SharedArea;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo's shared premises: one centre with the minimum of shared areas, a fire-safety representative
 * and a log that has a round overdue; everything is made through the same service as the pages use.
 */
@Component
@Profile("demo")
public class PremisesDemo {

    private final PremisesWork work;
    private final Clock clock;

    PremisesDemo(PremisesWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Transactional
    public void furnish(long centreId, String recordedBy) {
        LocalDate today = LocalDate.now(clock);
        work.add(centreId, new Area(SharedArea.STAFF_TOILET, null, null));
        work.add(centreId, new Area(SharedArea.VISITOR_TOILET, "Vid entrén, med skötbord", null));
        work.add(centreId, new Area(SharedArea.CONFERENCE_ROOM, "Konferensrummet Eken", new BigDecimal("24.0")));
        work.add(centreId, new Area(SharedArea.STAFF_ROOM, null, new BigDecimal("18.5")));
        work.add(centreId, new Area(SharedArea.WAITING_ROOM, "Väntrum och lekhörna", new BigDecimal("32.0")));
        int version = work.read(centreId).version();
        work.organise(centreId, new FireSafetyTerms("Maria Lind", today.minusYears(1), "Parkeringen framför entrén",
                true, 3, 3, 12), version);
        work.record(centreId, FireSafetyKind.EVACUATION_DRILL, today.minusMonths(5), "Alla ute och räknade på fyra minuter.",
                false, recordedBy);
        work.record(centreId, FireSafetyKind.ALARM_CHECK, today.minusMonths(1), "Provlarm fungerade i alla rum.", false,
                recordedBy);
        work.record(centreId, FireSafetyKind.ROUND, today.minusMonths(4), "Nödutgången i väntrummet var blockerad av "
                + "barnvagnar; flyttade och satte upp skylt.", true, recordedBy);
    }
}

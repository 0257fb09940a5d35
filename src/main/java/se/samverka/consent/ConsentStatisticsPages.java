package se.samverka.consent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreRegistry;
import se.samverka.platform.FormValues;

import java.time.Clock;
import java.time.LocalDate;

/** A centre's consents and disclosures in figures, for everyone who follows the centre; never a person (R13d). */
@Controller
class ConsentStatisticsPages {

    private static final int FIRST_YEAR = 2000;

    private final ConsentStatistics statistics;
    private final CentreGate gate;
    private final CentreRegistry centres;
    private final Clock clock;

    ConsentStatisticsPages(ConsentStatistics statistics, CentreGate gate, CentreRegistry centres, Clock clock) {
        this.statistics = statistics;
        this.gate = gate;
        this.centres = centres;
        this.clock = clock;
    }

    @GetMapping("/centres/{id}/sekretess")
    String show(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
        gate.check(id, CentreAction.FOLLOW);
        int thisYear = LocalDate.now(clock).getYear();
        int chosen = FormValues.integer(year).filter(y -> y >= FIRST_YEAR && y <= thisYear).orElse(thisYear);
        model.addAttribute("centreId", id);
        model.addAttribute("centreName", centres.participants(id).orElseThrow().name());
        model.addAttribute("figures", statistics.of(id, chosen));
        model.addAttribute("previous", chosen > FIRST_YEAR ? chosen - 1 : null);
        model.addAttribute("next", chosen < thisYear ? chosen + 1 : null);
        model.addAttribute("limit", ConsentStatistics.SUPPRESSION_LIMIT);
        return "consent/statistics";
    }
}

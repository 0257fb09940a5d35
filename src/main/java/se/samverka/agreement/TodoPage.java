package se.samverka.agreement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreSummary;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.rules.R15a;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * "Att göra": what waits for the signed-in person. Agreements sent to them for signature, and for the
 * centres they may change: a missing or unsigned agreement (R15a), and the dates the agreements set
 * that are near or have passed.
 */
@Controller
class TodoPage {

    private final AgreementStandings standings;
    private final AgreementChecks checks;
    private final CentreRegistry registry;
    private final Actors actors;
    private final Clock clock;

    TodoPage(AgreementStandings standings, AgreementChecks checks, CentreRegistry registry, Actors actors,
             Clock clock) {
        this.standings = standings;
        this.checks = checks;
        this.registry = registry;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/att-gora")
    String todo(Model model) {
        Actor actor = actors.require();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("toSign", standings.awaitingSignatureBy(actor.username()));
        List<CentreSummary> centres = registry.where(actor, CentreAction.PREPARE);
        Map<Long, List<AgreementStandings.Row>> agreements = standings.ofCentres(
                centres.stream().map(CentreSummary::id).toList());
        List<TodoItem> items = new ArrayList<>();
        for (CentreSummary centre : centres) {
            List<AgreementStandings.Row> ofCentre = agreements.getOrDefault(centre.id(), List.of());
            if (R15a.RULE.check(centre.kind(), AgreementChecklist.state(ofCentre, today)).deficient()) {
                items.add(new TodoItem(centre.id(), centre.name(), null, AgreementKind.COOPERATION,
                        "missing-signed", null, "R15a", true));
            }
            for (AgreementStanding agreement : ofCentre) {
                if (agreement.status() == AgreementStatus.DRAFT) {
                    items.add(new TodoItem(centre.id(), centre.name(), agreement.id(), agreement.kind(), "draft",
                            null, "R15e", false));
                } else if (agreement.status() == AgreementStatus.SENT) {
                    items.add(new TodoItem(centre.id(), centre.name(), agreement.id(), agreement.kind(),
                            "awaiting-signatures", null, "R15e", false));
                }
            }
            checks.deadlines(ofCentre, today).stream()
                    .filter(d -> d.near() || d.passed())
                    .forEach(d -> items.add(new TodoItem(centre.id(), centre.name(), d.agreementId(), d.kind(),
                            "deadline." + d.what(), d.date(), d.ruleId(), d.passed())));
        }
        items.sort(Comparator.comparing(TodoItem::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(TodoItem::centreName));
        model.addAttribute("items", items);
        return "agreement/todo";
    }
}

package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreSummary;
import se.samverka.rules.CentreKind;
import se.samverka.rules.R15a;
import se.samverka.todo.TodoContributor;
import se.samverka.todo.TodoItem;
import se.samverka.todo.TodoRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agreements' part of the to-do list, in two statements: a centre without a signed local cooperation agreement
 * (R15a), drafts not sent and versions waiting for signatures (R15e, only where the person acts), the dates within six
 * months or passed (the end, the last day for notice under R15d, a usage right's end after notice), and the versions
 * waiting for the person's own signature.
 */
@Component
class AgreementTodo implements TodoContributor {

    private final AgreementStandings standings;
    private final AgreementChecks checks;

    AgreementTodo(AgreementStandings standings, AgreementChecks checks) {
        this.standings = standings;
        this.checks = checks;
    }

    @Override
    public List<TodoItem> items(TodoRequest request) {
        List<TodoItem> items = new ArrayList<>();
        for (AgreementStandings.AwaitingSignature agreement : standings.awaitingSignatureBy(request.actor().username())) {
            items.add(new TodoItem(agreement.centreId(), agreement.centreName(), "todo.agreement.sign",
                    List.of(kind(agreement.kind()), agreement.number()), null, null, "/agreements/" + agreement.id(),
                    true));
        }
        List<CentreSummary> centres = request.actedOnOrFollowedUp();
        if (centres.isEmpty()) {
            return items;
        }
        Map<Long, List<AgreementStandings.Row>> agreements = standings.ofCentres(
                centres.stream().map(CentreSummary::id).toList());
        Set<Long> actedOn = Set.copyOf(request.centreIds());
        for (CentreSummary centre : centres) {
            List<AgreementStandings.Row> ofCentre = agreements.getOrDefault(centre.id(), List.of());
            if (centre.kind() != CentreKind.NOT_COVERED && R15a.RULE.check(centre.kind(),
                    AgreementChecklist.state(ofCentre, request.today())).deficient()) {
                items.add(TodoItem.of(centre.id(), centre.name(), "todo.agreement.missing", R15a.RULE.id(), null,
                        "/centres/" + centre.id() + "/agreements"));
            }
            for (AgreementStandings.Row agreement : ofCentre) {
                if (actedOn.contains(centre.id())
                        && (agreement.status() == AgreementStatus.DRAFT
                            || agreement.status() == AgreementStatus.SENT)) {
                    items.add(TodoItem.of(centre.id(), centre.name(), agreement.status() == AgreementStatus.DRAFT
                                    ? "todo.agreement.draft" : "todo.agreement.awaiting", "R15e", null,
                            "/agreements/" + agreement.id(), kind(agreement.kind())));
                }
            }
            for (Deadline deadline : checks.deadlines(ofCentre, request.today())) {
                if (deadline.near() || deadline.passed()) {
                    items.add(TodoItem.of(centre.id(), centre.name(), "todo.agreement." + deadline.what(),
                            deadline.ruleId(), deadline.date(), "/agreements/" + deadline.agreementId(),
                            kind(deadline.kind())));
                }
            }
        }
        return items;
    }

    private static Object kind(AgreementKind kind) {
        return TodoItem.term("agreement.kind." + kind);
    }
}

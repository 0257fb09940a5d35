package se.samverka.county;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.AgreementFollowUp;
import se.samverka.centre.CentreCompliance;
import se.samverka.centre.CentreHistory;
import se.samverka.centre.CentreState;
import se.samverka.organisation.Municipality;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.Outcome;
import se.samverka.rules.Severity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What waits for the county's follow-up: the regional notice deadline from 90 days before (R4a), centres without a
 * signed local agreement in force (R15a), local agreements ending or with notice due within 90 days (R15c, R15d),
 * centres failing requirements on their checklists, and the parties without a recorded adoption (R4b). Dated items first, the nearest first.
 */
@Component
class CountyTodo {

    static final int WITHIN_DAYS = 90;

    /**
     * One line of the list.
     *
     * @param subject   what it is about: a centre's name, or null for the county as a whole
     * @param message   the message key, with {@code argument} as its one argument
     * @param path      where to act on it
     */
    record Item(String subject, String municipality, String message, Object argument, LocalDate date, String path) {
    }

    private final CentreHistory history;
    private final AgreementFollowUp agreements;
    private final CountyOverview overview;
    private final Clock clock;

    CountyTodo(CentreHistory history, AgreementFollowUp agreements, CountyOverview overview, Clock clock) {
        this.history = history;
        this.agreements = agreements;
        this.overview = overview;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Item> items(CountyScope.Part part, List<CentreCompliance.Row> checklists) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(WITHIN_DAYS);
        List<Item> items = new ArrayList<>();
        CountyOverview.Term term = CountyOverview.term(today);
        if (term.noticeSoon()) {
            items.add(new Item(null, null, "county.todo.notice", term.daysToNotice(), term.period().noticeDeadline(),
                    "/lan"));
        }
        Map<String, String> names = part.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::name));
        List<CentreState> covered = history.on(today).stream()
                .filter(s -> part.covers(s.municipalityCode()) && s.kind() != CentreKind.NOT_COVERED)
                .toList();
        Map<Long, AgreementFollowUp.Standing> standings = agreements.cooperation(
                covered.stream().map(CentreState::centreId).toList(), today);
        for (CentreState centre : covered) {
            AgreementFollowUp.Standing standing = standings.get(centre.centreId());
            String path = "/centres/" + centre.centreId();
            String municipality = names.get(centre.municipalityCode());
            if (!standing.inForce()) {
                items.add(new Item(centre.name(), municipality, "county.todo.missing", null, null, path));
                continue;
            }
            if (standing.noticeDeadline() != null && !standing.noticeDeadline().isBefore(today)
                    && !standing.noticeDeadline().isAfter(horizon)) {
                items.add(new Item(centre.name(), municipality, "county.todo.notice-due", standing.noticeDeadline(),
                        standing.noticeDeadline(), path));
            }
            if (standing.endsOn() != null && !standing.endsOn().isAfter(horizon)) {
                items.add(new Item(centre.name(), municipality, "county.todo.expiring", standing.endsOn(),
                        standing.endsOn(), path));
            }
        }
        for (CentreCompliance.Row centre : checklists) {
            List<String> failing = centre.findings().stream()
                    .filter(f -> f.outcome() == Outcome.NOT_MET && f.severity() == Severity.REQUIREMENT)
                    .map(Finding::ruleId).distinct().toList();
            if (!failing.isEmpty()) {
                items.add(new Item(centre.name(), names.get(centre.municipalityCode()), "county.todo.failing",
                        String.join(", ", failing), null, "/centres/" + centre.id()));
            }
        }
        long notAdopted = overview.partiesIn(part).stream().filter(p -> p.adoption().isEmpty()).count();
        if (notAdopted > 0) {
            items.add(new Item(null, null, "county.todo.not-adopted-summary", notAdopted, null, "/lan/parter"));
        }
        items.sort(Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::subject, Comparator.nullsFirst(Comparator.naturalOrder())));
        return items;
    }
}

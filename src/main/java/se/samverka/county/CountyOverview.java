package se.samverka.county;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.AgreementFollowUp;
import se.samverka.centre.CentreCompliance;
import se.samverka.centre.CentreHistory;
import se.samverka.identity.Actors;
import se.samverka.centre.CentreState;
import se.samverka.organisation.Municipality;
import se.samverka.rules.AgreementPeriod;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Outcome;
import se.samverka.rules.R4a;
import se.samverka.rules.RB3b;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The county's follow-up at a glance (§4): the registry now, at the start of the year and when the agreement took
 * effect; the local agreements; the prioritised areas and the RB3b findings there; the parties' adoption; the regional
 * agreement's term. Each figure's centres can be listed ({@link Selection}). Reads the registry's history, the
 * agreements and the decisions in a fixed number of statements, whatever the number of centres.
 */
@Component
class CountyOverview {

    /** The days before the regional notice deadline from which it is on the to-do list and in the calendar (R4a). */
    static final int NOTICE_WARNING_DAYS = 90;
    /** A local agreement ending within this many months is "expiring". */
    static final int EXPIRING_MONTHS = 6;

    /** The centres behind a figure of the overview. */
    enum Selection {
        COVERED,
        AGREEMENT_IN_FORCE,
        AGREEMENT_EXPIRING,
        AGREEMENT_MISSING,
        PRIORITISED,
        RB3B_FINDING
    }

    /** A centre as the overview's lists show it; {@code date} is the day that matters for the selection, if any. */
    record CentreLine(long id, String name, String municipality, CentreKind kind, LocalDate date) {
    }

    record Term(AgreementPeriod period, long daysToNotice, boolean noticeSoon) {
    }

    record Overview(LocalDate on, CountyScope.Part part, RegistryFigures now, Optional<RegistryFigures> yearStart,
                    Optional<RegistryFigures> agreementStart, Optional<LocalDate> firstDay,
                    Map<Selection, Integer> counts, int partiesAdopted, int parties, Term term,
                    List<Party> terminated) {

        public int count(String selection) {
            return counts.getOrDefault(Selection.valueOf(selection), 0);
        }
    }

    private final CentreHistory history;
    private final AgreementFollowUp agreements;
    private final Parties parties;
    private final CentreCompliance compliance;
    private final Actors actors;
    private final Clock clock;

    CountyOverview(CentreHistory history, AgreementFollowUp agreements, Parties parties, CentreCompliance compliance,
                   Actors actors, Clock clock) {
        this.compliance = compliance;
        this.actors = actors;
        this.history = history;
        this.agreements = agreements;
        this.parties = parties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Overview overview(CountyScope.Part part) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> firstDay = history.firstDay();
        List<CentreState> now = within(part, history.on(today));
        Map<Selection, List<CentreLine>> lines = select(part, now, today);
        Map<Selection, Integer> counts = lines.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
        List<Party> inPart = partiesIn(part);
        return new Overview(today, part, figures(part, today, now),
                figuresOn(part, today.withDayOfYear(1).minusDays(1), firstDay),
                figuresOn(part, R4a.FIRST_START, firstDay), firstDay, counts,
                (int) inPart.stream().filter(p -> p.adoption().isPresent()).count(), inPart.size(), term(today),
                inPart.stream().filter(p -> p.termination().isPresent()).toList());
    }

    /** The registry in the part of the county today. */
    @Transactional(readOnly = true)
    RegistryFigures now(CountyScope.Part part) {
        LocalDate today = LocalDate.now(clock);
        return figures(part, today, within(part, history.on(today)));
    }

    @Transactional(readOnly = true)
    List<CentreLine> centres(CountyScope.Part part, Selection selection) {
        LocalDate today = LocalDate.now(clock);
        return select(part, within(part, history.on(today)), today).get(selection);
    }

    /** The checklists of the centres in the part of the county, as the signed-in user may see them. */
    List<CentreCompliance.Row> checklists(CountyScope.Part part) {
        return compliance.visibleTo(actors.require()).stream().filter(row -> part.covers(row.municipalityCode()))
                .toList();
    }

    static Term term(LocalDate today) {
        AgreementPeriod period = R4a.RULE.periodOn(today).orElseGet(() -> R4a.RULE.periodOn(R4a.FIRST_START)
                .orElseThrow());
        long days = ChronoUnit.DAYS.between(today, period.noticeDeadline());
        return new Term(period, days, days >= 0 && days <= NOTICE_WARNING_DAYS);
    }

    List<Party> partiesIn(CountyScope.Part part) {
        return parties.all().stream()
                .filter(p -> p.municipality() == null ? part.whole() : part.covers(p.municipality().code()))
                .toList();
    }

    private Map<Selection, List<CentreLine>> select(CountyScope.Part part, List<CentreState> now, LocalDate today) {
        Map<String, String> names = part.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::name));
        List<CentreState> covered = now.stream().filter(s -> s.kind() != CentreKind.NOT_COVERED).toList();
        Map<Long, AgreementFollowUp.Standing> standings = agreements.cooperation(
                covered.stream().map(CentreState::centreId).toList(), today);
        LocalDate expiring = today.plusMonths(EXPIRING_MONTHS);
        Function<CentreState, CentreLine> line = s -> new CentreLine(s.centreId(), s.name(),
                names.get(s.municipalityCode()), s.kind(), null);
        Map<Selection, List<CentreLine>> lines = new java.util.EnumMap<>(Selection.class);
        lines.put(Selection.COVERED, sorted(covered.stream().map(line).toList()));
        lines.put(Selection.AGREEMENT_IN_FORCE, sorted(covered.stream()
                .filter(s -> standings.get(s.centreId()).inForce()).map(line).toList()));
        lines.put(Selection.AGREEMENT_EXPIRING, covered.stream()
                .filter(s -> {
                    AgreementFollowUp.Standing standing = standings.get(s.centreId());
                    return standing.inForce() && standing.endsOn() != null && !standing.endsOn().isAfter(expiring);
                })
                .map(s -> new CentreLine(s.centreId(), s.name(), names.get(s.municipalityCode()), s.kind(),
                        standings.get(s.centreId()).endsOn()))
                .sorted(Comparator.comparing(CentreLine::date).thenComparing(CentreLine::name))
                .toList());
        lines.put(Selection.AGREEMENT_MISSING, sorted(covered.stream()
                .filter(s -> !standings.get(s.centreId()).inForce()).map(line).toList()));
        lines.put(Selection.PRIORITISED, sorted(now.stream().filter(CentreState::prioritisedArea).map(line).toList()));
        lines.put(Selection.RB3B_FINDING, sorted(now.stream()
                .filter(s -> RB3b.RULE.check(s.configuration()).outcome() == Outcome.NOT_MET).map(line).toList()));
        return lines;
    }

    private static List<CentreLine> sorted(List<CentreLine> lines) {
        return lines.stream().sorted(Comparator.comparing(CentreLine::name)).toList();
    }

    private Optional<RegistryFigures> figuresOn(CountyScope.Part part, LocalDate day, Optional<LocalDate> firstDay) {
        if (firstDay.isEmpty() || day.isBefore(firstDay.get())) {
            return Optional.empty();
        }
        return Optional.of(figures(part, day, within(part, history.on(day))));
    }

    private static RegistryFigures figures(CountyScope.Part part, LocalDate day, List<CentreState> states) {
        return RegistryFigures.of(day, states, part.municipalities(), part.subRegions());
    }

    private static List<CentreState> within(CountyScope.Part part, List<CentreState> states) {
        return states.stream().filter(s -> part.covers(s.municipalityCode())).toList();
    }
}

package se.samverka.county;

import se.samverka.agreement.AgreementFollowUp.Standing;
import se.samverka.centre.CentreState;
import se.samverka.consent.ConsentYears;
import se.samverka.meeting.MeetingYears;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.SubRegion;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.Outcome;
import se.samverka.rules.PlanState;
import se.samverka.rules.R11_1c;
import se.samverka.rules.R11_2b;
import se.samverka.rules.R12;
import se.samverka.rules.R9;
import se.samverka.rules.RB3c;
import se.samverka.rules.ReportState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The figures of the yearly follow-up report for one calendar year, chapter by chapter, as tables of numbers: a plain
 * function of what the registry and the other modules held for the year ({@link Facts}). Kept with the report as it
 * was compiled, so that an adopted report shows the same figures later.
 *
 * @param start the last day of the year before, when the year's changes are counted from
 * @param end   the year's last day, when the figures stand
 */
record FollowUpFigures(int year, LocalDate start, LocalDate end, List<Table> tables) {

    FollowUpFigures {
        tables = List.copyOf(tables);
    }

    /**
     * A table of a chapter: a caption, numeric columns and lines, each named by text ({@code name}) or by a message
     * ({@code nameKey}). A value is null where it is not shown: a count below the limit the consent register keeps.
     */
    record Table(FollowUpChapter chapter, String caption, List<String> columns, List<Line> lines) {

        Table {
            columns = List.copyOf(columns);
            lines = List.copyOf(lines);
        }
    }

    record Line(String name, String nameKey, boolean total, List<BigDecimal> values) {

        Line {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        static Line named(String name, boolean total, List<BigDecimal> values) {
            return new Line(name, null, total, values);
        }

        static Line keyed(String key, List<BigDecimal> values) {
            return new Line(null, key, false, values);
        }
    }

    /**
     * What the modules held for the year, each map by centre id.
     *
     * @param before    every centre's state at the end of the year before ({@code CentreHistory.on})
     * @param after     every centre's state at the end of the year
     * @param premises  R14d's outcome for each centre as its premises are recorded (the premises keep no history)
     */
    record Facts(List<CentreState> before, List<CentreState> after, Map<Long, Standing> agreements,
                 Map<Long, MeetingYears.Totals> meetings, Map<Long, PlanState> plans,
                 Map<Long, ReportState> reports, Map<Long, Outcome> premises, ConsentYears.Figures consents) {
    }

    static final String PREFIX = "county.report.";

    static FollowUpFigures of(int year, Facts facts, List<Municipality> municipalities, List<SubRegion> subRegions) {
        LocalDate start = LocalDate.of(year - 1, 12, 31);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, Municipality> byCode = new HashMap<>();
        municipalities.forEach(m -> byCode.put(m.code(), m));
        Map<Long, CentreState> before = new HashMap<>();
        facts.before().forEach(s -> before.put(s.centreId(), s));
        Map<Long, CentreState> after = new LinkedHashMap<>();
        facts.after().forEach(s -> after.put(s.centreId(), s));
        List<CentreState> covered = facts.after().stream().filter(s -> s.kind() != CentreKind.NOT_COVERED).toList();

        Grouping bySubRegion = new Grouping(subRegions.stream().map(SubRegion::name).toList(),
                state -> byCode.get(state.municipalityCode()).subRegion().name());
        Grouping byMunicipality = new Grouping(municipalities.stream().map(Municipality::name).toList(),
                state -> byCode.get(state.municipalityCode()).name());

        List<Table> tables = new ArrayList<>();
        Function<CentreState, long[]> kinds = state -> {
            CentreState was = before.get(state.centreId());
            CentreKind from = was == null ? null : was.kind();
            return new long[]{is(from, CentreKind.FAMILY_CENTRE), is(state.kind(), CentreKind.FAMILY_CENTRE),
                    is(from, CentreKind.FAMILY_CENTRE_LIKE), is(state.kind(), CentreKind.FAMILY_CENTRE_LIKE),
                    is(from, CentreKind.NOT_COVERED), is(state.kind(), CentreKind.NOT_COVERED),
                    from == null ? 1 : 0, from != null && from != state.kind() ? 1 : 0};
        };
        List<String> kindColumns = List.of("fc-start", "fc-end", "fcl-start", "fcl-end", "nc-start", "nc-end",
                "new", "changed-kind");
        tables.add(bySubRegion.table(FollowUpChapter.KINDS, "kinds-sub-region", kindColumns, facts.after(), kinds));
        tables.add(byMunicipality.table(FollowUpChapter.KINDS, "kinds-municipality",
                List.of("fc-end", "fcl-end", "nc-end", "new", "changed-kind"), facts.after(), state -> {
                    long[] all = kinds.apply(state);
                    return new long[]{all[1], all[3], all[5], all[6], all[7]};
                }));

        LocalDate halfYearOn = end.plusMonths(6);
        tables.add(bySubRegion.table(FollowUpChapter.AGREEMENTS, "agreements",
                List.of("covered", "in-force", "signed-in-year", "expiring", "missing"), covered, state -> {
                    Standing standing = facts.agreements().get(state.centreId());
                    boolean inForce = standing != null && standing.inForce();
                    return new long[]{1, inForce ? 1 : 0,
                            inForce && standing.signedOn() != null && standing.signedOn().getYear() == year ? 1 : 0,
                            inForce && standing.endsOn() != null && !standing.endsOn().isAfter(halfYearOn) ? 1 : 0,
                            inForce ? 0 : 1};
                }));

        tables.add(bySubRegion.decimalTable(FollowUpChapter.COORDINATION, "coordination",
                List.of("covered", "with-coordinator", "coordinator-fte", "with-steering-group"), covered,
                state -> new BigDecimal[]{BigDecimal.ONE, one(state.coordinatorServiceGrade() != null),
                        state.coordinatorServiceGrade() == null ? BigDecimal.ZERO
                                : BigDecimal.valueOf(state.coordinatorServiceGrade()).movePointLeft(2),
                        one(state.steeringGroupId() != null)}));

        MeetingYears.Totals noMeetings = new MeetingYears.Totals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, null, false);
        tables.add(bySubRegion.decimalTable(FollowUpChapter.MEETINGS, "meetings",
                List.of("covered", "steering-held", "steering-agreed", "r11-1c-met", "r11-1c-not-met",
                        "cooperation-held", "cooperation-agreed", "r9-met", "r9-not-met"), covered, state -> {
                    MeetingYears.Totals held = facts.meetings().getOrDefault(state.centreId(), noMeetings);
                    Finding r11 = held.agreement() ? R11_1c.RULE.check(held.agreedSteering(), held.steeringHeld(), end)
                            : R11_1c.RULE.withoutAgreement();
                    Outcome r9 = both(R9.RULE.check(held.agreedPerMonthSpring(), held.cooperationSpring(), 6),
                            R9.RULE.check(held.agreedPerMonthAutumn(), held.cooperationAutumn(), 6));
                    return new BigDecimal[]{BigDecimal.ONE, BigDecimal.valueOf(held.steeringHeld()),
                            held.agreedSteering() == null ? BigDecimal.ZERO : BigDecimal.valueOf(held.agreedSteering()),
                            one(r11.outcome() == Outcome.MET), one(r11.outcome() == Outcome.NOT_MET),
                            held.cooperationSpring().add(held.cooperationAutumn()),
                            sixMonths(held.agreedPerMonthSpring()).add(sixMonths(held.agreedPerMonthAutumn())),
                            one(r9 == Outcome.MET), one(r9 == Outcome.NOT_MET)};
                }));

        tables.add(bySubRegion.decimalTable(FollowUpChapter.MIDWIFE, "midwife",
                List.of("covered", "midwife-participates", "midwife-co-located", "midwife-spring", "midwife-autumn",
                        "rb3c-met", "rb3c-not-met"), covered, state -> {
                    MeetingYears.Totals held = facts.meetings().getOrDefault(state.centreId(), noMeetings);
                    var midwife = state.configuration().participations().stream()
                            .filter(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC).findFirst();
                    Outcome rb3c = both(RB3c.RULE.check(midwife.isPresent(), held.midwifeSpring(), 6),
                            RB3c.RULE.check(midwife.isPresent(), held.midwifeAutumn(), 6));
                    return new BigDecimal[]{BigDecimal.ONE, one(midwife.isPresent()),
                            one(midwife.isPresent() && midwife.get().coLocated()),
                            midwife.isPresent() ? held.midwifeSpring() : BigDecimal.ZERO,
                            midwife.isPresent() ? held.midwifeAutumn() : BigDecimal.ZERO,
                            one(rb3c == Outcome.MET), one(rb3c == Outcome.NOT_MET)};
                }));

        tables.add(bySubRegion.table(FollowUpChapter.PLANS, "plans",
                List.of("covered", "plan", "plan-goals", "plan-evaluated", "r12-met", "r12-not-met"), covered,
                state -> {
                    PlanState plan = facts.plans().getOrDefault(state.centreId(), PlanState.none(year));
                    Outcome r12 = R12.RULE.check(year + 1, plan).outcome();
                    return new long[]{1, plan.exists() ? 1 : 0, plan.goals() ? 1 : 0, plan.evaluated() ? 1 : 0,
                            r12 == Outcome.MET ? 1 : 0, r12 == Outcome.NOT_MET ? 1 : 0};
                }));

        tables.add(bySubRegion.table(FollowUpChapter.REPORTS, "reports",
                List.of("covered", "report-compiled", "report-adopted", "r11-2b-not-met"), covered, state -> {
                    ReportState report = facts.reports().getOrDefault(state.centreId(), ReportState.none(year));
                    Outcome r11 = R11_2b.RULE.check(year + 1, report).outcome();
                    return new long[]{1, report.exists() ? 1 : 0, report.adopted() ? 1 : 0,
                            r11 == Outcome.NOT_MET ? 1 : 0};
                }));

        tables.add(bySubRegion.table(FollowUpChapter.PREMISES, "premises",
                List.of("covered", "r14d-met", "r14d-not-met"), covered, state -> {
                    Outcome r14d = facts.premises().getOrDefault(state.centreId(), Outcome.NOT_MET);
                    return new long[]{1, r14d == Outcome.MET ? 1 : 0, r14d == Outcome.NOT_MET ? 1 : 0};
                }));

        ConsentYears.Figures consents = facts.consents();
        tables.add(new Table(FollowUpChapter.CONSENTS, PREFIX + "table.consents", List.of(PREFIX + "col.count"),
                List.of(Line.keyed(PREFIX + "row.persons", values(consents.persons())),
                        Line.keyed(PREFIX + "row.consents-given", values(consents.consentsGiven())),
                        Line.keyed(PREFIX + "row.consents-withdrawn", values(consents.consentsWithdrawn())),
                        Line.keyed(PREFIX + "row.disclosures", values(consents.disclosures())),
                        Line.keyed(PREFIX + "row.refusals", values(consents.refusals())))));
        tables.add(new Table(FollowUpChapter.CONSENTS, PREFIX + "table.legal-bases",
                List.of(PREFIX + "col.disclosures"), consents.byBasis().stream()
                .map(b -> Line.named(b.statute() + " – " + b.title(), false, values(b.disclosures()))).toList()));
        return new FollowUpFigures(year, start, end, tables);
    }

    List<Table> of(FollowUpChapter chapter) {
        return tables.stream().filter(t -> t.chapter() == chapter).toList();
    }

    /** The line named {@code name} of the table captioned {@code caption}, for tests and the page's summary. */
    Line line(String caption, String name) {
        return tables.stream().filter(t -> t.caption().equals(PREFIX + "table." + caption))
                .flatMap(t -> t.lines().stream()).filter(l -> Objects.equals(l.name(), name)).findFirst()
                .orElseThrow();
    }

    /** Lines per group (sub-region or municipality), every group listed, zeros included, and a total. */
    private record Grouping(List<String> names, Function<CentreState, String> groupOf) {

        Table table(FollowUpChapter chapter, String caption, List<String> columns, List<CentreState> centres,
                    Function<CentreState, long[]> values) {
            return decimalTable(chapter, caption, columns, centres, state -> Arrays.stream(values.apply(state))
                    .mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new));
        }

        Table decimalTable(FollowUpChapter chapter, String caption, List<String> columns, List<CentreState> centres,
                           Function<CentreState, BigDecimal[]> values) {
            Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
            names.forEach(name -> sums.put(name, zeros(columns.size())));
            BigDecimal[] total = zeros(columns.size());
            for (CentreState centre : centres) {
                BigDecimal[] of = values.apply(centre);
                add(sums.computeIfAbsent(groupOf.apply(centre), name -> zeros(columns.size())), of);
                add(total, of);
            }
            List<Line> lines = new ArrayList<>();
            sums.forEach((name, sum) -> lines.add(Line.named(name, false, Arrays.asList(sum))));
            lines.add(Line.named(null, true, Arrays.asList(total)));
            return new Table(chapter, PREFIX + "table." + caption,
                    columns.stream().map(c -> PREFIX + "col." + c).toList(), lines);
        }

        private static BigDecimal[] zeros(int size) {
            BigDecimal[] zeros = new BigDecimal[size];
            Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        }

        private static void add(BigDecimal[] sum, BigDecimal[] values) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] = sum[i].add(values[i]);
            }
        }
    }

    private static long is(CentreKind kind, CentreKind wanted) {
        return kind == wanted ? 1 : 0;
    }

    private static BigDecimal one(boolean yes) {
        return yes ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    private static BigDecimal sixMonths(BigDecimal perMonth) {
        return perMonth == null ? BigDecimal.ZERO
                : perMonth.multiply(BigDecimal.valueOf(6)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Met when both terms are met, not met when either is not, not applicable when neither applies. */
    private static Outcome both(Finding spring, Finding autumn) {
        if (spring.outcome() == Outcome.NOT_MET || autumn.outcome() == Outcome.NOT_MET) {
            return Outcome.NOT_MET;
        }
        if (spring.outcome() == Outcome.MET || autumn.outcome() == Outcome.MET) {
            return Outcome.MET;
        }
        return Outcome.NOT_APPLICABLE;
    }

    private static List<BigDecimal> values(Long count) {
        return java.util.Collections.singletonList(count == null ? null : BigDecimal.valueOf(count));
    }
}

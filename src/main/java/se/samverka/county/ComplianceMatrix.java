package se.samverka.county;

import se.samverka.centre.CentreCompliance;
import se.samverka.organisation.Municipality;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.Outcome;
import se.samverka.rules.Rule;
import se.samverka.rules.RuleBook;
import se.samverka.rules.Severity;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Centres × rules (§4): each centre's outcome for every rule on the checklist, from every module. A rule checked more
 * than once for a centre (R12 for this year's plan and last year's) counts as not met when any check is not met.
 * Plain functions of the checklists, so they are tested without a database.
 */
record ComplianceMatrix(List<String> ruleIds, List<Line> lines) {

    /** One centre's row; {@code cells} has no entry for a rule that is not on its checklist. */
    record Line(long id, String name, String municipalityCode, String municipality, String subRegion, CentreKind kind,
                Map<String, Outcome> cells, int notMet) {

        public Outcome cell(String ruleId) {
            return cells.get(ruleId);
        }
    }

    /** What to show; null means any. {@code outcome} applies to {@code ruleId}, or to any rule when none is chosen. */
    record Filter(String subRegion, String municipality, CentreKind kind, String ruleId, Outcome outcome) {

        static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** How the lines are ordered; labels {@code county.matrix.sort.<name>}. */
    enum Sort {
        NAME,
        MUNICIPALITY,
        KIND,
        NOT_MET
    }

    /** One page of the lines: {@code first} is the number of its first line, counted from 1, of {@code total}. */
    record Page(List<Line> lines, int number, int pages, int first, int total) {

        public int last() {
            return first + lines.size() - 1;
        }
    }

    /** A requirement and how many of the covered centres do not meet it. */
    record RuleCount(String ruleId, int notMet) {
    }

    static ComplianceMatrix of(List<CentreCompliance.Row> centres, List<Municipality> municipalities, Filter filter,
                               Sort sort, boolean descending) {
        Map<String, Municipality> byCode = municipalities.stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        List<Line> all = centres.stream().filter(c -> byCode.containsKey(c.municipalityCode()))
                .map(c -> line(c, byCode.get(c.municipalityCode()))).toList();
        Set<String> present = new LinkedHashSet<>();
        all.forEach(line -> present.addAll(line.cells().keySet()));
        List<String> ruleIds = RuleBook.RULES.stream().map(Rule::id).filter(present::contains)
                .filter(id -> filter.ruleId() == null || id.equals(filter.ruleId())).toList();
        Comparator<Line> order = switch (sort) {
            case NAME -> Comparator.comparing(Line::name, SwedishOrder.NAMES);
            case MUNICIPALITY -> Comparator.comparing(Line::municipality, SwedishOrder.NAMES).thenComparing(Line::name, SwedishOrder.NAMES);
            case KIND -> Comparator.comparing(Line::kind).thenComparing(Line::name, SwedishOrder.NAMES);
            case NOT_MET -> Comparator.comparingInt(Line::notMet).thenComparing(Line::name, SwedishOrder.NAMES);
        };
        List<Line> lines = all.stream()
                .filter(line -> filter.subRegion() == null
                        || byCode.get(line.municipalityCode()).subRegion().code().equals(filter.subRegion()))
                .filter(line -> filter.municipality() == null || line.municipalityCode().equals(filter.municipality()))
                .filter(line -> filter.kind() == null || line.kind() == filter.kind())
                .filter(line -> filter.outcome() == null || (filter.ruleId() == null
                        ? line.cells().containsValue(filter.outcome())
                        : line.cell(filter.ruleId()) == filter.outcome()))
                .sorted(descending ? order.reversed() : order)
                .toList();
        return new ComplianceMatrix(ruleIds, lines);
    }

    /** The requirements most often not met among the centres the agreement covers, most often first. */
    static List<RuleCount> mostOftenNotMet(List<CentreCompliance.Row> centres, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (CentreCompliance.Row centre : centres) {
            if (centre.kind() == CentreKind.NOT_COVERED) {
                continue;
            }
            centre.findings().stream()
                    .filter(f -> f.outcome() == Outcome.NOT_MET && f.severity() == Severity.REQUIREMENT)
                    .map(Finding::ruleId).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        List<String> order = RuleBook.RULES.stream().map(Rule::id).toList();
        return counts.entrySet().stream()
                .map(e -> new RuleCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(RuleCount::notMet).reversed()
                        .thenComparingInt(count -> order.indexOf(count.ruleId())))
                .limit(limit)
                .toList();
    }

    /** Whether the centre meets every requirement on its checklist (recommendations and county findings aside). */
    static boolean meetsAllRequirements(CentreCompliance.Row centre) {
        return centre.findings().stream().noneMatch(f -> f.outcome() == Outcome.NOT_MET
                && f.severity() == Severity.REQUIREMENT && !f.countyFollowUp());
    }

    private static Line line(CentreCompliance.Row centre, Municipality municipality) {
        Map<String, Outcome> cells = new HashMap<>();
        for (Finding finding : centre.findings()) {
            cells.merge(finding.ruleId(), finding.outcome(), ComplianceMatrix::worse);
        }
        int notMet = (int) cells.values().stream().filter(o -> o == Outcome.NOT_MET).count();
        return new Line(centre.id(), centre.name(), centre.municipalityCode(), municipality.name(),
                municipality.subRegion().name(), centre.kind(), Map.copyOf(cells), notMet);
    }

    private static Outcome worse(Outcome a, Outcome b) {
        Map<Outcome, Integer> rank = new EnumMap<>(Map.of(Outcome.NOT_MET, 0, Outcome.MET, 1,
                Outcome.NOT_APPLICABLE, 2));
        return rank.get(a) <= rank.get(b) ? a : b;
    }
}

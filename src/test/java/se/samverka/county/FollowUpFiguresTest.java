package se.samverka.county;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.agreement.AgreementFollowUp.Standing;
import se.samverka.centre.CentreState;
import se.samverka.consent.ConsentYears;
import se.samverka.meeting.MeetingYears;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.SubRegion;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;
import se.samverka.rules.Outcome;
import se.samverka.rules.Participation;
import se.samverka.rules.PlanState;
import se.samverka.rules.R15a.AgreementState;
import se.samverka.rules.ReportState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly follow-up's figures are a plain function of what the registry's history and the modules held for the
 * year: each centre counted once, in its sub-region and municipality at the year's end, against the rules the
 * agreement sets (§8, R15a, R11.1c, R9, RB3c, R12, R11.2b, R14d), with the consent registers' small counts left out.
 */
class FollowUpFiguresTest {

    private static final int YEAR = 2025;
    private static final SubRegion GR = new SubRegion("GR", "Göteborgsregionen", 1);
    private static final SubRegion SKARABORG = new SubRegion("SKARABORG", "Skaraborg", 4);
    private static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("1480", "Göteborg", GR),
            new Municipality("1489", "Alingsås", GR),
            new Municipality("1496", "Skövde", SKARABORG));
    private static final ConsentYears.Figures NO_CONSENTS = new ConsentYears.Figures(YEAR, null, null, null, null,
            null, List.of());

    /**
     * A centre is written operations as M, B, O, S (midwife clinic, child health, open pre-school, social services),
     * lower case when not co-located, "-" when it was not registered; the line is Göteborgsregionen's
     * family centres start/end, family-centre-like start/end, not covered start/end, new, changed form.
     */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 31 Dec 2024 | 31 Dec 2025 | GR
            -             | MBOS        | 0 1 0 0 0 0 1 0
            mBOS          | MBOS        | 0 1 1 0 0 0 0 1
            MBOS          | MBOS        | 1 1 0 0 0 0 0 0
            MBOS          | BO          | 1 0 0 0 0 1 0 1
            -             | BO          | 0 0 0 0 0 1 1 0
            BOS           | mBOS        | 0 0 1 1 0 0 0 0
            """)
    void countsEachCentresFormAtTheStartAndEndOfTheYear(String before, String after, String expected) {
        List<CentreState> start = before.equals("-") ? List.of() : List.of(state(1, "1489", before));
        List<CentreState> end = List.of(state(1, "1489", after), state(2, "1496", "MBOS"));
        FollowUpFigures figures = FollowUpFigures.of(YEAR, facts(start, end, Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), NO_CONSENTS), MUNICIPALITIES, List.of(GR, SKARABORG));

        assertThat(values(figures.line("kinds-sub-region", "Göteborgsregionen"))).isEqualTo(expected);
        String[] all = expected.split(" ");
        assertThat(values(figures.line("kinds-municipality", "Alingsås"))).as("the year's end, new, changed form")
                .isEqualTo(String.join(" ", all[1], all[3], all[5], all[6], all[7]));
        assertThat(values(figures.line("kinds-municipality", "Göteborg"))).isEqualTo("0 0 0 0 0");
        assertThat(values(figures.line("kinds-sub-region", "Skaraborg"))).isEqualTo("0 1 0 0 0 0 1 0");
        assertThat(figures.start()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(figures.end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    /** covered, in force, signed during the year, ending within six months of the year's end, without one in force. */
    @ParameterizedTest(name = "{0} signed {1} ends {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # state                 | signed on  | ends on    | line
            IN_FORCE                | 2025-03-01 |            | 1 1 1 0 0
            IN_FORCE                | 2023-03-01 | 2026-06-30 | 1 1 0 1 0
            IN_FORCE                | 2023-03-01 | 2026-07-01 | 1 1 0 0 0
            AWAITING_SIGNATURES     |            |            | 1 0 0 0 1
            EXPIRED                 |            |            | 1 0 0 0 1
            NONE                    |            |            | 1 0 0 0 1
            """)
    void countsTheLocalAgreementsAtTheYearsEnd(AgreementState state, LocalDate signedOn, LocalDate endsOn,
                                                String expected) {
        var standing = new Standing(1, state, endsOn, null, signedOn);
        FollowUpFigures figures = FollowUpFigures.of(YEAR, facts(List.of(), List.of(state(1, "1480", "MBOS"),
                        state(2, "1480", "BO")), Map.of(1L, standing), Map.of(), Map.of(), Map.of(), Map.of(),
                NO_CONSENTS), MUNICIPALITIES, List.of(GR, SKARABORG));

        assertThat(values(figures.line("agreements", "Göteborgsregionen"))).as("a centre not covered is left out")
                .isEqualTo(expected);
        assertThat(values(total(figures, "agreements"))).isEqualTo(expected);
    }

    /**
     * steering held/agreed, R11.1c met/not met, cooperation hours held/agreed, R9 met/not met; the agreement sets
     * {@code perYear} steering meetings and {@code perMonth} hours (both terms).
     */
    @ParameterizedTest(name = "agreement {0}, {1}/year held {2}, {3} h/month held {4}+{5}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # agreement | per year | held | per month | spring | autumn | line
            true        | 4        | 4    | 2         | 12     | 12     | 1 4 4 1 0 24 24 1 0
            true        | 4        | 3    | 2         | 12     | 11.5   | 1 3 4 0 1 23.5 24 0 1
            true        | 4        | 5    | 2         | 11     | 20     | 1 5 4 1 0 31 24 0 1
            true        |          | 2    |           | 3      | 0      | 1 2 0 0 0 3 0 0 0
            false       |          | 1    |           | 6      | 6      | 1 1 0 0 0 12 0 0 0
            """)
    void followsUpTheMeetingsAgainstTheLocalAgreement(boolean agreement, Integer perYear, int held,
                                                     BigDecimal perMonth, BigDecimal spring, BigDecimal autumn,
                                                     String expected) {
        var totals = new MeetingYears.Totals(held, spring, autumn, BigDecimal.ZERO, BigDecimal.ZERO, perMonth,
                perMonth, perYear, agreement);
        FollowUpFigures figures = FollowUpFigures.of(YEAR, facts(List.of(), List.of(state(1, "1496", "MBOS")),
                Map.of(), Map.of(1L, totals), Map.of(), Map.of(), Map.of(), NO_CONSENTS), MUNICIPALITIES,
                List.of(GR, SKARABORG));

        assertThat(values(figures.line("meetings", "Skaraborg"))).isEqualTo(expected);
        assertThat(values(figures.line("meetings", "Göteborgsregionen"))).isEqualTo("0 0 0 0 0 0 0 0 0");
    }

    /** participates, co-located, midwife's hours spring and autumn, RB3c met/not met (about 6 hours a term). */
    @ParameterizedTest(name = "{0} with {1}+{2} hours: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre | spring | autumn | line
            MBOS     | 6      | 6.5    | 1 1 1 6 6.5 1 0
            mBOS     | 6      | 5.75   | 1 1 0 6 5.75 0 1
            MBOS     | 0      | 0      | 1 1 1 0 0 0 1
            BOS      | 3      | 3      | 1 0 0 0 0 0 0
            """)
    void followsUpTheMidwifeClinicsHoursPerTerm(String centre, BigDecimal spring, BigDecimal autumn, String expected) {
        var totals = new MeetingYears.Totals(0, BigDecimal.ZERO, BigDecimal.ZERO, spring, autumn, null, null, null,
                false);
        FollowUpFigures figures = FollowUpFigures.of(YEAR, facts(List.of(), List.of(state(1, "1480", centre)),
                Map.of(), Map.of(1L, totals), Map.of(), Map.of(), Map.of(), NO_CONSENTS), MUNICIPALITIES,
                List.of(GR, SKARABORG));

        assertThat(values(figures.line("midwife", "Göteborgsregionen"))).isEqualTo(expected);
    }

    @Test
    void countsPlansReportsPremisesAndCoordinatorsOfTheCoveredCentres() {
        List<CentreState> end = List.of(
                state(1, "1480", "MBOS", 1L, 50),
                state(2, "1480", "mBOS", 1L, 75),
                state(3, "1489", "BOS", null, null),
                state(4, "1489", "BO", 2L, 100));
        Map<Long, PlanState> plans = Map.of(1L, new PlanState(YEAR, true, true, true),
                2L, new PlanState(YEAR, true, true, false));
        Map<Long, ReportState> reports = Map.of(1L, new ReportState(YEAR, true, true),
                2L, new ReportState(YEAR, true, false));
        Map<Long, Outcome> premises = Map.of(1L, Outcome.MET, 2L, Outcome.NOT_MET, 3L, Outcome.MET);
        FollowUpFigures figures = FollowUpFigures.of(YEAR, facts(List.of(), end, Map.of(), Map.of(), plans, reports,
                premises, NO_CONSENTS), MUNICIPALITIES, List.of(GR, SKARABORG));

        assertThat(values(figures.line("coordination", "Göteborgsregionen"))).isEqualTo("3 2 1.25 2");
        assertThat(values(figures.line("plans", "Göteborgsregionen"))).isEqualTo("3 2 2 1 1 2");
        assertThat(values(figures.line("reports", "Göteborgsregionen"))).isEqualTo("3 2 1 2");
        assertThat(values(figures.line("premises", "Göteborgsregionen"))).isEqualTo("3 2 1");
        assertThat(values(total(figures, "premises"))).isEqualTo("3 2 1");
    }

    @Test
    void theConsentRegistersCountsBelowFiveAreNotShown() {
        var consents = new ConsentYears.Figures(YEAR, 12L, null, 7L, null, 5L, List.of(
                new ConsentYears.Basis("25 kap. 12 § OSL", "Samtycke", LegalBasisKind.CONSENT, 9L),
                new ConsentYears.Basis("10 kap. 2 § OSL", "Nödvändigt utlämnande", LegalBasisKind.SECRECY_BREAKING_RULE, null)));
        FollowUpFigures figures = FollowUpFigures.of(YEAR, facts(List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), consents), MUNICIPALITIES, List.of(GR, SKARABORG));

        var table = figures.of(FollowUpChapter.CONSENTS).getFirst();
        assertThat(table.lines()).extracting(FollowUpFigures.Line::nameKey).containsExactly(
                "county.report.row.persons", "county.report.row.consents-given", "county.report.row.consents-withdrawn",
                "county.report.row.disclosures", "county.report.row.refusals");
        assertThat(table.lines()).extracting(l -> l.values().getFirst()).containsExactly(
                BigDecimal.valueOf(12), null, BigDecimal.valueOf(7), null, BigDecimal.valueOf(5));
        assertThat(figures.of(FollowUpChapter.CONSENTS).get(1).lines()).extracting(FollowUpFigures.Line::name)
                .containsExactly("25 kap. 12 § OSL – Samtycke", "10 kap. 2 § OSL – Nödvändigt utlämnande");
        assertThat(figures.of(FollowUpChapter.CONSENTS).get(1).lines().get(1).values()).containsExactly((BigDecimal) null);
    }

    @Test
    void everyChapterButTheSummaryHasFiguresAndEveryGroupIsListed() {
        FollowUpFigures figures = FollowUpFigures.of(YEAR, facts(List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), NO_CONSENTS), MUNICIPALITIES, List.of(GR, SKARABORG));

        for (FollowUpChapter chapter : FollowUpChapter.values()) {
            assertThat(figures.of(chapter).isEmpty()).as("%s", chapter).isEqualTo(chapter == FollowUpChapter.SUMMARY);
        }
        assertThat(figures.of(FollowUpChapter.KINDS).get(1).lines()).extracting(FollowUpFigures.Line::name)
                .containsExactly("Göteborg", "Alingsås", "Skövde", null);
        assertThat(figures.of(FollowUpChapter.MEETINGS).getFirst().lines()).extracting(FollowUpFigures.Line::total)
                .containsExactly(false, false, true);
    }

    private static FollowUpFigures.Facts facts(List<CentreState> before, List<CentreState> after,
                                               Map<Long, Standing> agreements, Map<Long, MeetingYears.Totals> meetings,
                                               Map<Long, PlanState> plans, Map<Long, ReportState> reports,
                                               Map<Long, Outcome> premises, ConsentYears.Figures consents) {
        return new FollowUpFigures.Facts(before, after, agreements, meetings, plans, reports, premises, consents);
    }

    private static FollowUpFigures.Line total(FollowUpFigures figures, String caption) {
        return figures.tables().stream().filter(t -> t.caption().equals("county.report.table." + caption))
                .flatMap(t -> t.lines().stream()).filter(FollowUpFigures.Line::total).findFirst().orElseThrow();
    }

    private static String values(FollowUpFigures.Line line) {
        return String.join(" ", line.values().stream().map(v -> v.stripTrailingZeros().toPlainString()).toList());
    }

    private static CentreState state(long id, String municipality, String operations) {
        return state(id, municipality, operations, null, null);
    }

    private static CentreState state(long id, String municipality, String operations, Long steeringGroup,
                                     Integer serviceGrade) {
        List<Participation> participations = new ArrayList<>();
        for (char letter : operations.toCharArray()) {
            BaseOperation operation = switch (Character.toUpperCase(letter)) {
                case 'M' -> BaseOperation.MIDWIFE_CLINIC;
                case 'B' -> BaseOperation.CHILD_HEALTH;
                case 'O' -> BaseOperation.OPEN_PRESCHOOL;
                case 'S' -> BaseOperation.PREVENTIVE_SOCIAL_SERVICES;
                default -> throw new IllegalArgumentException(operations);
            };
            participations.add(new Participation(operation, Character.isUpperCase(letter)));
        }
        return CentreState.of(id, LocalDate.of(2024, 1, 1), "Centrum " + id, municipality,
                new CentreConfiguration(participations, Set.of(), false), steeringGroup, serviceGrade,
                serviceGrade == null ? null : 7L, null);
    }
}

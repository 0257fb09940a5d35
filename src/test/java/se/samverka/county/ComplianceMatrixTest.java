package se.samverka.county;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.centre.CentreCompliance;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.SubRegion;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.Outcome;
import se.samverka.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance matrix is a plain function of the checklists: one cell per centre and rule (not met when any check
 * of the rule is not met), the rules in the rule book's order, filters and orders as chosen, and the requirements
 * most often not met counted over the centres the agreement covers.
 */
class ComplianceMatrixTest {

    private static final SubRegion GR = new SubRegion("GR", "Göteborgsregionen", 1);
    private static final SubRegion FYRBODAL = new SubRegion("FYRBODAL", "Fyrbodal", 2);
    private static final List<Municipality> MUNICIPALITIES = List.of(new Municipality("1480", "Göteborg", GR),
            new Municipality("1485", "Uddevalla", FYRBODAL), new Municipality("1401", "Härryda", GR));

    /**
     * Centres: name:municipality:kind:findings, a finding written rule=outcome (M met, N not met, A not applicable),
     * R for a recommendation.
     */
    private static final List<CentreCompliance.Row> CENTRES = rows(
            "Ängen:1480:FAMILY_CENTRE:R15a=M,R12=M,R12=N,R14d=M",
            "Björken:1485:FAMILY_CENTRE_LIKE:R15a=N,R12=N,R14d=N,RB3b=NR",
            "Cedern:1480:FAMILY_CENTRE_LIKE:R15a=N,R12=M,R14d=A",
            "Dalen:1401:NOT_COVERED:R8.3a=N,R8.3b=N",
            "Eken:9999:FAMILY_CENTRE:R15a=N");

    @Test
    void aRuleCheckedTwiceIsNotMetWhenEitherCheckIsNotMetAndTheRulesFollowTheRuleBook() {
        ComplianceMatrix matrix = ComplianceMatrix.of(CENTRES, MUNICIPALITIES, ComplianceMatrix.Filter.NONE,
                ComplianceMatrix.Sort.NAME, false);

        assertThat(matrix.ruleIds()).containsExactly("R8.3a", "R8.3b", "RB3b", "R12", "R14d", "R15a");
        assertThat(matrix.lines()).extracting(ComplianceMatrix.Line::name)
                .as("a centre outside the part of the county is left out; Ä after Z as in Swedish")
                .containsExactly("Björken", "Cedern", "Dalen", "Ängen");
        ComplianceMatrix.Line angen = matrix.lines().getLast();
        assertThat(angen.cell("R12")).isEqualTo(Outcome.NOT_MET);
        assertThat(angen.cell("R15a")).isEqualTo(Outcome.MET);
        assertThat(angen.cell("R8.3a")).isNull();
        assertThat(angen.notMet()).isEqualTo(1);
        assertThat(angen.subRegion()).isEqualTo("Göteborgsregionen");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sub-region | municipality | kind              | rule | outcome | centres
            -            | -            | -                 | -    | -       | Björken Cedern Dalen Ängen
            GR           | -            | -                 | -    | -       | Cedern Dalen Ängen
            -            | 1485         | -                 | -    | -       | Björken
            -            | -            | FAMILY_CENTRE_LIKE| -    | -       | Björken Cedern
            -            | -            | -                 | R12  | NOT_MET | Björken Ängen
            -            | -            | -                 | R14d | NOT_APPLICABLE | Cedern
            -            | -            | -                 | -    | NOT_MET | Björken Cedern Dalen Ängen
            GR           | -            | -                 | R15a | NOT_MET | Cedern
            """)
    void filters(String subRegion, String municipality, CentreKind kind, String rule, Outcome outcome, String centres) {
        ComplianceMatrix matrix = ComplianceMatrix.of(CENTRES, MUNICIPALITIES,
                new ComplianceMatrix.Filter(subRegion, municipality, kind, rule, outcome), ComplianceMatrix.Sort.NAME,
                false);

        assertThat(matrix.lines()).extracting(ComplianceMatrix.Line::name).containsExactly(centres.split(" "));
        if (rule != null) {
            assertThat(matrix.ruleIds()).containsExactly(rule);
        }
    }

    @ParameterizedTest(name = "{0}, fallande {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NAME         | false | Björken Cedern Dalen Ängen
            NAME         | true  | Ängen Dalen Cedern Björken
            MUNICIPALITY | false | Cedern Ängen Dalen Björken
            KIND         | false | Ängen Björken Cedern Dalen
            NOT_MET      | false | Cedern Ängen Dalen Björken
            NOT_MET      | true  | Björken Dalen Ängen Cedern
            """)
    void orders(ComplianceMatrix.Sort sort, boolean descending, String centres) {
        ComplianceMatrix matrix = ComplianceMatrix.of(CENTRES, MUNICIPALITIES, ComplianceMatrix.Filter.NONE, sort,
                descending);

        assertThat(matrix.lines()).extracting(ComplianceMatrix.Line::name).containsExactly(centres.split(" "));
    }

    @Test
    void theRequirementsMostOftenNotMetAreCountedOverTheCoveredCentresOnceEach() {
        assertThat(ComplianceMatrix.mostOftenNotMet(CENTRES, 3)).containsExactly(
                new ComplianceMatrix.RuleCount("R15a", 3), new ComplianceMatrix.RuleCount("R12", 2),
                new ComplianceMatrix.RuleCount("R14d", 1));
    }

    @Test
    void aCentreMeetsAllRequirementsWhenNoRequirementIsNotMetWhateverItsRecommendations() {
        assertThat(CENTRES).extracting(ComplianceMatrix::meetsAllRequirements)
                .containsExactly(false, false, false, false, false);
        assertThat(ComplianceMatrix.meetsAllRequirements(rows("Fjärden:1480:FAMILY_CENTRE:R15a=M,RB3b=NR,R14d=A")
                .getFirst())).isTrue();
    }

    @ParameterizedTest(name = "sida {0} av 250 rader → sida {1}, raderna {2}–{3}")
    @CsvSource(textBlock = """
            1,  1, 1,   100
            3,  3, 201, 250
            99, 3, 201, 250
            """)
    void theMatrixIsShownAHundredLinesAPage(int asked, int number, int first, int last) {
        String[] centres = new String[250];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = String.format("Centrum %03d:1480:FAMILY_CENTRE:R15a=M", i);
        }
        ComplianceMatrix matrix = ComplianceMatrix.of(rows(centres), MUNICIPALITIES, ComplianceMatrix.Filter.NONE,
                ComplianceMatrix.Sort.NAME, false);

        ComplianceMatrix.Page page = new ComplianceQuery(null, null, null, null, null, ComplianceMatrix.Sort.NAME, false,
                asked).page(matrix);

        assertThat(page.number()).isEqualTo(number);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.first()).isEqualTo(first);
        assertThat(page.last()).isEqualTo(last);
        assertThat(page.lines().getFirst().name()).isEqualTo(String.format("Centrum %03d", first - 1));
        assertThat(page.total()).isEqualTo(250);
    }

    private static List<CentreCompliance.Row> rows(String... centres) {
        List<CentreCompliance.Row> rows = new ArrayList<>();
        long id = 1;
        for (String centre : centres) {
            String[] parts = centre.split(":");
            List<Finding> findings = new ArrayList<>();
            for (String finding : parts[3].split(",")) {
                String[] ruleAndOutcome = finding.split("=");
                String code = ruleAndOutcome[1];
                Outcome outcome = switch (code.charAt(0)) {
                    case 'M' -> Outcome.MET;
                    case 'N' -> Outcome.NOT_MET;
                    default -> Outcome.NOT_APPLICABLE;
                };
                findings.add(new Finding(ruleAndOutcome[0], "", code.endsWith("R") ? Severity.RECOMMENDATION
                        : Severity.REQUIREMENT, outcome, "test", Set.of(), code.endsWith("R")));
            }
            rows.add(new CentreCompliance.Row(id++, parts[0], parts[1], CentreKind.valueOf(parts[2]), false, findings));
        }
        return rows;
    }
}

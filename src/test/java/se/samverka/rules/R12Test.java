package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R12 (§12): every year there is a joint operational plan with goals, followed up during the year and evaluated
 * once the year is over. A plan for the current year is judged on existing and having goals; a plan of a past year
 * also on its adopted (fastställd) year-end evaluation.
 */
class R12Test {

    static final String AGREEMENT = """
            Uppföljning av familjecentralen eller den familjecentralsliknande verksamheten ska ske lokalt. \
            Styrgruppen ansvarar för att tillsammans med de verksamma på familjecentralen eller \
            familjecentralsliknande verksamheten ta fram mål för verksamheten samt uppföljning av målen. Alla \
            verksamheter i familjecentralen eller den familjecentralsliknande verksamheten ska ha en gemensam \
            verksamhetsplan som följs upp och utvärderas. Styrgruppen ansvarar för att det årligen upprättas en \
            gemensam verksamhetsplan med uppföljning och utvärdering.
            """;

    @ParameterizedTest(name = "år {0}, plan för {1}: finns {2}, mål {3}, utvärderad {4} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # judged in | plan year | exists | goals | evaluated | outcome | code
            2026        | 2026      | false  | false | false     | NOT_MET | R12.missing
            2026        | 2026      | true   | false | false     | NOT_MET | R12.no-goals
            2026        | 2026      | true   | true  | false     | MET     | R12.met
            2026        | 2026      | true   | true  | true      | MET     | R12.met
            2026        | 2027      | true   | true  | false     | MET     | R12.met
            2026        | 2027      | false  | false | false     | NOT_MET | R12.missing
            2027        | 2026      | false  | false | false     | NOT_MET | R12.missing
            2027        | 2026      | true   | false | false     | NOT_MET | R12.no-goals
            2027        | 2026      | true   | false | true      | NOT_MET | R12.no-goals
            2027        | 2026      | true   | true  | false     | NOT_MET | R12.not-evaluated
            2030        | 2026      | true   | true  | false     | NOT_MET | R12.not-evaluated
            2027        | 2026      | true   | true  | true      | MET     | R12.evaluated
            """)
    void aPlanExistsWithGoalsAndIsEvaluatedAfterItsYear(int year, int planYear, boolean exists, boolean goals,
                                                       boolean evaluated, Outcome outcome, String code) {
        Finding line = R12.RULE.check(year, new PlanState(planYear, exists, goals, evaluated));

        assertThat(line).isEqualTo(new Finding("R12", "12", Severity.REQUIREMENT, outcome, code, Set.of(), false));
    }

    /**
     * The plan is judged in the calendar year of the day (in Stockholm, as the application's clock gives it): on
     * 31 December the year's plan is still the current one, from 1 January it is a past year's plan that needs its
     * evaluation, and the new year needs a plan of its own. A leap day is an ordinary day of its year.
     */
    @ParameterizedTest(name = "den {0}, plan för {1}: finns {2}, mål {3}, utvärderad {4} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # judged on | plan year | exists | goals | evaluated | outcome | code
            2026-12-31  | 2026      | true   | true  | false     | MET     | R12.met
            2027-01-01  | 2026      | true   | true  | false     | NOT_MET | R12.not-evaluated
            2027-01-01  | 2026      | true   | true  | true      | MET     | R12.evaluated
            2026-12-31  | 2027      | false  | false | false     | NOT_MET | R12.missing
            2027-01-01  | 2027      | false  | false | false     | NOT_MET | R12.missing
            2027-01-01  | 2027      | true   | false | false     | NOT_MET | R12.no-goals
            2028-02-29  | 2028      | true   | true  | false     | MET     | R12.met
            2028-02-29  | 2027      | true   | true  | false     | NOT_MET | R12.not-evaluated
            2028-12-31  | 2028      | true   | true  | false     | MET     | R12.met
            2029-01-01  | 2028      | true   | true  | false     | NOT_MET | R12.not-evaluated
            """)
    void onNewYearsDayTheYearsPlanBecomesAPastYearsPlan(LocalDate day, int planYear, boolean exists, boolean goals,
                                                        boolean evaluated, Outcome outcome, String code) {
        Finding line = R12.RULE.check(day.getYear(), new PlanState(planYear, exists, goals, evaluated));

        assertThat(line.outcome()).isEqualTo(outcome);
        assertThat(line.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"2026", "2030"})
    void noPlanIsMissing(int year) {
        assertThat(R12.RULE.check(year, PlanState.none(year)).code()).isEqualTo("R12.missing");
    }
}

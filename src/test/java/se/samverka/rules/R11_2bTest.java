package se.samverka.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R11.2b (§11.2): among what the coordinator's assignment may contain is compiling the annual activity report
 * (verksamhetsberättelse). In a calendar year, last year's report is adopted (met), drafted but not yet adopted
 * (not met yet), or missing.
 */
class R11_2bTest {

    static final String AGREEMENT = """
            Samordnaren utses av styrgruppen som också beslutar om samordnarens uppdrag och tjänstgöringsgrad.
            Samordnarens uppdrag kan innehålla följande:
            - Verka för att det gemensamma, vardagliga arbetet på familjecentralen eller den \
            familjecentralsliknande verksamheten fungerar
            - Föra dialog med styrgruppen
            - Främja samverkan och verksamhetens utveckling tillsammans med övriga i arbetsgruppen
            - Stödja arbetet mot verksamhetens mål
            Detta kan till exempel innebära att:
            - Planera och leda samverkansmöten och verksamhetsmöten för familjecentralen eller den \
            familjecentralsliknande verksamheten
            - Delta på styrgruppsmöten
            - Representera familjecentralen eller den familjecentralsliknande verksamheten utåt
            - Ansvara för hemsida, informationsmaterial och sociala medier
            - Ansvara för utifrån kommande studiebesök
            - Ansvara och driva planering för gemensam fortbildning inom arbetslaget
            - Sammanställa årlig verksamhetsberättelse
            - Initiera utvecklingsarbeten på familjecentralen eller den familjecentralsliknande verksamheten
            """;

    @ParameterizedTest(name = "år {0}, berättelse för {1}: finns {2}, fastställd {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # judged in | report year | exists | adopted | outcome | code
            2026        | 2025        | false  | false   | NOT_MET | R11.2b.missing
            2026        | 2025        | true   | false   | NOT_MET | R11.2b.not-adopted
            2026        | 2025        | true   | true    | MET     | R11.2b.adopted
            2030        | 2029        | false  | false   | NOT_MET | R11.2b.missing
            2030        | 2029        | true   | true    | MET     | R11.2b.adopted
            """)
    void lastYearsReportIsAdopted(int year, int reportYear, boolean exists, boolean adopted, Outcome outcome,
                                  String code) {
        Finding line = R11_2b.RULE.check(year, new ReportState(reportYear, exists, adopted));

        assertThat(line).isEqualTo(new Finding("R11.2b", "11.2", Severity.RECOMMENDATION, outcome, code, Set.of(),
                false));
    }

    /**
     * "Last year" is judged from 1 January (in Stockholm, as the application's clock gives it): on 31 December the
     * report judged is that of the year before, from 1 January the one of the year just ended, which can then only
     * be missing or a draft. A leap day is an ordinary day of its year.
     */
    @ParameterizedTest(name = "den {0}, berättelse för {1}: finns {2}, fastställd {3} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # judged on | report year | exists | adopted | outcome | code
            2026-12-31  | 2025        | true   | true    | MET     | R11.2b.adopted
            2027-01-01  | 2026        | false  | false   | NOT_MET | R11.2b.missing
            2027-01-01  | 2026        | true   | false   | NOT_MET | R11.2b.not-adopted
            2027-01-01  | 2026        | true   | true    | MET     | R11.2b.adopted
            2028-02-29  | 2027        | true   | true    | MET     | R11.2b.adopted
            2028-12-31  | 2027        | true   | false   | NOT_MET | R11.2b.not-adopted
            2029-01-01  | 2028        | false  | false   | NOT_MET | R11.2b.missing
            """)
    void fromNewYearsDayTheYearJustEndedIsLastYear(LocalDate day, int reportYear, boolean exists, boolean adopted,
                                                   Outcome outcome, String code) {
        Finding line = R11_2b.RULE.check(day.getYear(), new ReportState(reportYear, exists, adopted));

        assertThat(line.outcome()).isEqualTo(outcome);
        assertThat(line.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "den {0} bedöms inte berättelsen för {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # judged on | report year
            2026-12-31  | 2026
            2027-01-01  | 2025
            2027-01-01  | 2027
            2028-02-29  | 2026
            """)
    void onlyTheYearBeforeTheDaysYearIsJudged(LocalDate day, int reportYear) {
        assertThatIllegalArgumentException().isThrownBy(
                () -> R11_2b.RULE.check(day.getYear(), new ReportState(reportYear, true, true)));
    }

    @Test
    void onlyLastYearsReportIsJudgedAndOnlyAnExistingReportIsAdopted() {
        assertThatIllegalArgumentException().isThrownBy(() -> R11_2b.RULE.check(2026, ReportState.none(2026)));
        assertThatIllegalArgumentException().isThrownBy(() -> R11_2b.RULE.check(2026, ReportState.none(2024)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportState(2025, false, true));
        assertThat(R11_2b.RULE.check(2026, ReportState.none(2025)).code()).isEqualTo("R11.2b.missing");
    }
}

package se.samverka.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R14d (§14.1): shared premises hold at least a staff toilet, a visitor toilet, a conference room and a staff
 * room; each one missing is a finding of its own, in the agreement's order. Other shared areas are never required.
 */
class R14dTest {

    static final String AGREEMENT = """
            Gemensamma lokaler definieras utifrån uppdrag och utgår från en miniminivå bestående av en toalett för \
            personal, en toalett för besökare samt ett konferensrum och ett personalrum.
            """;

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # present areas                                                                  | findings
            STAFF_TOILET VISITOR_TOILET CONFERENCE_ROOM STAFF_ROOM                           | R14d.met
            STAFF_ROOM CONFERENCE_ROOM VISITOR_TOILET STAFF_TOILET                           | R14d.met
            STAFF_TOILET VISITOR_TOILET CONFERENCE_ROOM STAFF_ROOM WAITING_ROOM KITCHEN OTHER | R14d.met
            VISITOR_TOILET CONFERENCE_ROOM STAFF_ROOM                                        | R14d.missing.STAFF_TOILET
            STAFF_TOILET CONFERENCE_ROOM STAFF_ROOM                                          | R14d.missing.VISITOR_TOILET
            STAFF_TOILET VISITOR_TOILET STAFF_ROOM                                           | R14d.missing.CONFERENCE_ROOM
            STAFF_TOILET VISITOR_TOILET CONFERENCE_ROOM                                      | R14d.missing.STAFF_ROOM
            STAFF_TOILET VISITOR_TOILET CONFERENCE_ROOM GROUP_ROOM CONVERSATION_ROOM         | R14d.missing.STAFF_ROOM
            STAFF_ROOM VISITOR_TOILET                                                        | R14d.missing.STAFF_TOILET R14d.missing.CONFERENCE_ROOM
            ''                                                                               | R14d.missing.STAFF_TOILET R14d.missing.VISITOR_TOILET R14d.missing.CONFERENCE_ROOM R14d.missing.STAFF_ROOM
            WAITING_ROOM GROUP_ROOM CONVERSATION_ROOM KITCHEN OTHER                          | R14d.missing.STAFF_TOILET R14d.missing.VISITOR_TOILET R14d.missing.CONFERENCE_ROOM R14d.missing.STAFF_ROOM
            """)
    void sharedPremisesHaveTheFourMinimumAreas(String present, String findings) {
        var lines = R14d.RULE.check(areas(present));

        assertThat(Centres.describe(lines)).isEqualTo(findings);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.ruleId()).isEqualTo("R14d");
            assertThat(line.severity()).isEqualTo(Severity.REQUIREMENT);
            assertThat(line.outcome()).isEqualTo(findings.equals("R14d.met") ? Outcome.MET : Outcome.NOT_MET);
        });
    }

    @ParameterizedTest(name = "{0} krävs: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            STAFF_TOILET      | true
            VISITOR_TOILET    | true
            CONFERENCE_ROOM   | true
            STAFF_ROOM        | true
            WAITING_ROOM      | false
            GROUP_ROOM        | false
            CONVERSATION_ROOM | false
            KITCHEN           | false
            OTHER             | false
            """)
    void onlyTheFourAreasAreTheMinimum(SharedArea area, boolean minimum) {
        assertThat(area.minimum()).isEqualTo(minimum);
    }

    private static Set<SharedArea> areas(String names) {
        var areas = EnumSet.noneOf(SharedArea.class);
        Arrays.stream(names.split(" ")).filter(name -> !name.isBlank()).map(SharedArea::valueOf).forEach(areas::add);
        return areas;
    }
}

package se.samverka.rules;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sections of a local cooperation agreement (§15, Bilaga 1): the fifteen §15 requires, in its words and order,
 * and the template's eighteen headings. §15 and the template word two of them differently (5 and 16).
 */
class LocalAgreementSectionTest {

    static final String AGREEMENT = """
            Ett lokalt samverkansavtal ska dock innehålla följande punkter:
            - Avtalsparter och placering
            - Avtalstid
            - Avtalets utgångspunkter
            - Syfte med avtalet
            - Familjecentralens syfte och mål
            - Parternas gemensamma ansvar
            - Parternas enskilda ansvar
            - Styrgrupp
            - Samordnare
            - Personalgrupp
            - Sekretess och informationsöverföring
            - Finansiering
            - Ändring och tillägg i avtalet
            - Tvist
            - Underskrift
            """;

    static final String TEMPLATE = """
            1. Avtalsparter och placering
            2. Avtalstid
            3. Avtalets utgångspunkter
            4. Syfte med avtalet
            5. Familjecentralens uppdrag och mål
            6. Parternas gemensamma ansvar
            7. Parternas enskilda ansvar
            8. Styrgrupp
            9. Samordnare
            10. Personalgrupp
            11. Sekretess och informationsöverföring
            12. Systematiskt brandskyddsarbete
            13. Hot och våld
            14. Försäkring
            15. Finansiering
            16. Ändringar och tillägg i avtalet
            17. Tvist
            18. Underskrift
            """;

    @Test
    void theMandatorySectionsAreSection15sListInItsOrder() {
        List<String> listed = AGREEMENT.lines().filter(line -> line.startsWith("- "))
                .map(line -> line.substring(2)).toList();

        assertThat(Arrays.stream(LocalAgreementSection.values()).filter(LocalAgreementSection::mandatory)
                .map(LocalAgreementSection::listedAs).toList())
                .hasSize(15)
                .isEqualTo(listed);
    }

    @Test
    void everyTemplateNumberOnceWithTheTemplatesHeading() {
        List<String> template = TEMPLATE.lines().toList();

        assertThat(Arrays.stream(LocalAgreementSection.values())
                .sorted((a, b) -> Integer.compare(a.templateNumber(), b.templateNumber()))
                .map(section -> section.templateNumber() + ". " + section.heading()).toList())
                .isEqualTo(template);
    }

    @ParameterizedTest(name = "{1}. {2} (§15: {3}), krävs: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # section                 | number | template heading                     | listed in §15                        | mandatory
            PARTIES_AND_LOCATION      | 1      | Avtalsparter och placering           | Avtalsparter och placering           | true
            TERM                      | 2      | Avtalstid                            | Avtalstid                            | true
            FOUNDATIONS               | 3      | Avtalets utgångspunkter              | Avtalets utgångspunkter              | true
            PURPOSE_OF_AGREEMENT      | 4      | Syfte med avtalet                    | Syfte med avtalet                    | true
            CENTRE_PURPOSE_AND_GOALS  | 5      | Familjecentralens uppdrag och mål    | Familjecentralens syfte och mål      | true
            JOINT_RESPONSIBILITY      | 6      | Parternas gemensamma ansvar          | Parternas gemensamma ansvar          | true
            INDIVIDUAL_RESPONSIBILITY | 7      | Parternas enskilda ansvar            | Parternas enskilda ansvar            | true
            STEERING_GROUP            | 8      | Styrgrupp                            | Styrgrupp                            | true
            COORDINATOR               | 9      | Samordnare                           | Samordnare                           | true
            STAFF_GROUP               | 10     | Personalgrupp                        | Personalgrupp                        | true
            CONFIDENTIALITY           | 11     | Sekretess och informationsöverföring | Sekretess och informationsöverföring | true
            FIRE_SAFETY               | 12     | Systematiskt brandskyddsarbete       | Systematiskt brandskyddsarbete       | false
            THREATS_AND_VIOLENCE      | 13     | Hot och våld                         | Hot och våld                         | false
            INSURANCE                 | 14     | Försäkring                           | Försäkring                           | false
            FINANCING                 | 15     | Finansiering                         | Finansiering                         | true
            AMENDMENTS                | 16     | Ändringar och tillägg i avtalet      | Ändring och tillägg i avtalet        | true
            DISPUTES                  | 17     | Tvist                                | Tvist                                | true
            SIGNATURES                | 18     | Underskrift                          | Underskrift                          | true
            """)
    void section(LocalAgreementSection section, int number, String heading, String listedAs, boolean mandatory) {
        assertThat(section.templateNumber()).isEqualTo(number);
        assertThat(section.heading()).isEqualTo(heading);
        assertThat(section.listedAs()).isEqualTo(listedAs);
        assertThat(section.mandatory()).isEqualTo(mandatory);
    }

    @ParameterizedTest(name = "avsnitt {0}: mallen \"{1}\", §15 \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # number | template                          | §15
            5        | Familjecentralens uppdrag och mål | Familjecentralens syfte och mål
            16       | Ändringar och tillägg i avtalet   | Ändring och tillägg i avtalet
            """)
    void onlyTwoSectionsAreWordedDifferently(int number, String template, String listed) {
        assertThat(Arrays.stream(LocalAgreementSection.values())
                .filter(section -> !section.heading().equals(section.listedAs()))
                .map(LocalAgreementSection::templateNumber).toList())
                .containsExactly(5, 16);
        var section = Arrays.stream(LocalAgreementSection.values())
                .filter(s -> s.templateNumber() == number).findFirst().orElseThrow();
        assertThat(section.heading()).isEqualTo(template);
        assertThat(section.listedAs()).isEqualTo(listed);
        assertThat(TEMPLATE).contains(number + ". " + template);
        assertThat(AGREEMENT).contains("- " + listed + "\n");
    }
}

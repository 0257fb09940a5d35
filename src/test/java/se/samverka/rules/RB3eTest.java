package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RB3e (Bilaga 3): a midwife clinic that is not co-located is not invited to meetings about premises, cleaning
 * and waste. Every other operation, and a co-located clinic, may always be invited.
 */
class RB3eTest {

    static final String AGREEMENT = """
            I de fall barnmorskemottagningen inte är samlokaliserad närvarar inte barnmorskan vid möten som berör \
            lokaler, städ, sophantering och liknande.
            """;

    @ParameterizedTest(name = "{0}, lokalfrågor {1}, BMM samlokaliserad {2} → får bjudas in {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # operation                | premises matters | midwife co-located | may invite
            MIDWIFE_CLINIC             | true             | false              | false
            MIDWIFE_CLINIC             | true             | true               | true
            MIDWIFE_CLINIC             | false            | false              | true
            MIDWIFE_CLINIC             | false            | true               | true
            CHILD_HEALTH               | true             | false              | true
            OPEN_PRESCHOOL             | true             | false              | true
            PREVENTIVE_SOCIAL_SERVICES | true             | false              | true
            """)
    void aNonCoLocatedMidwifeIsNotInvitedToPremisesMatters(BaseOperation operation, boolean premises,
                                                           boolean coLocated, boolean mayInvite) {
        assertThat(RB3e.RULE.mayInvite(operation, premises, coLocated)).isEqualTo(mayInvite);
    }
}

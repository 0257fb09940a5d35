package se.samverka.rules;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.rules.R15a.AgreementState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R15a (§8.2, §8.3, §15): the work of every family centre and family-centre-like operation is governed by a local
 * cooperation agreement, signed by its parties and in force; an operation the agreement does not cover needs none.
 */
class R15aTest {

    static final String AGREEMENT = """
            Familjecentralens arbete ska regleras i ett lokalt samverkansavtal.
            Den familjecentralsliknande verksamhetens arbete ska regleras i ett lokalt samverkansavtal.
            """;

    @ParameterizedTest(name = "{0}, avtalet: {1} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind              | agreement               | outcome        | finding
            FAMILY_CENTRE       | NONE                    | NOT_MET        | R15a.missing
            FAMILY_CENTRE       | DRAFT                   | NOT_MET        | R15a.draft
            FAMILY_CENTRE       | AWAITING_SIGNATURES     | NOT_MET        | R15a.unsigned
            FAMILY_CENTRE       | SIGNED_NOT_YET_IN_FORCE | NOT_MET        | R15a.not-yet
            FAMILY_CENTRE       | IN_FORCE                | MET            | R15a.met
            FAMILY_CENTRE       | EXPIRED                 | NOT_MET        | R15a.expired
            FAMILY_CENTRE_LIKE  | NONE                    | NOT_MET        | R15a.missing
            FAMILY_CENTRE_LIKE  | DRAFT                   | NOT_MET        | R15a.draft
            FAMILY_CENTRE_LIKE  | AWAITING_SIGNATURES     | NOT_MET        | R15a.unsigned
            FAMILY_CENTRE_LIKE  | SIGNED_NOT_YET_IN_FORCE | NOT_MET        | R15a.not-yet
            FAMILY_CENTRE_LIKE  | IN_FORCE                | MET            | R15a.met
            FAMILY_CENTRE_LIKE  | EXPIRED                 | NOT_MET        | R15a.expired
            NOT_COVERED         | NONE                    | NOT_APPLICABLE | R15a.not-applicable
            NOT_COVERED         | DRAFT                   | NOT_APPLICABLE | R15a.not-applicable
            NOT_COVERED         | AWAITING_SIGNATURES     | NOT_APPLICABLE | R15a.not-applicable
            NOT_COVERED         | SIGNED_NOT_YET_IN_FORCE | NOT_APPLICABLE | R15a.not-applicable
            NOT_COVERED         | IN_FORCE                | NOT_APPLICABLE | R15a.not-applicable
            NOT_COVERED         | EXPIRED                 | NOT_APPLICABLE | R15a.not-applicable
            """)
    void governedByASignedAgreementInForce(CentreKind kind, AgreementState state, Outcome outcome, String code) {
        Finding line = R15a.RULE.check(kind, state);

        assertThat(line).isEqualTo(
                new Finding("R15a", "8.2, 8.3, 15", Severity.REQUIREMENT, outcome, code, Set.of(), false));
    }
}

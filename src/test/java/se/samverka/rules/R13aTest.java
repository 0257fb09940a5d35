package se.samverka.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R13a and R13c (§13): information about a person passes from one operation of the centre to another only with the
 * person's consent, or under a secrecy-breaking rule invoked in the individual case with its reason. The consent has
 * to be valid on the day (first and last day inclusive, not from the day it is withdrawn), cover the direction and the
 * kind of information, and be given by the right persons: an adult by themselves, a child by its custodian, both
 * custodians where custody is joint.
 */
class R13aTest {

    static final String AGREEMENT = """
            De verksamheter som samverkar inom familjecentralen eller den familjecentralsliknande verksamheten \
            omfattas av olika sekretessbestämmelser. Grunden för de olika personalgruppernas tystnadsplikt är dock \
            densamma. Allt utbyte av information ska ske enligt gällande lagstiftning och regleras i offentlighets- \
            och sekretesslagen.

            Uppgifter om en enskild får lämnas till en annan verksamhet inom familjecentralen eller den \
            familjecentralsliknande verksamheten om den enskilde har lämnat sitt samtycke till överlämning av \
            informationen. Detta eftersom ett samtycke kan häva sekretessen om den enskildes hälsotillstånd eller \
            personliga förhållanden som annars gäller i de olika verksamheterna enligt offentlighet- och \
            sekretesslagen.

            Uppgifter om den enskilde kan även lämnas till en annan verksamhet (myndighet) om det aktualiseras en \
            sekretessbrytande regel i det enskilda ärendet. Vissa sekretessbrytande regler kan aktualiseras om det \
            finns anmälnings- och uppgiftsskyldighet enligt annan lag eller författning, exempelvis till \
            socialtjänsten vid misstanke om att barn far illa eller riskerar att fara illa. Det finns även \
            sekretessbrytande regler som möjliggör överlämning av information till polis om uppgifterna är \
            nödvändiga för att utreda brott.
            """;

    private static final Map<String, BaseOperation> OPERATIONS = Map.of(
            "MVC", BaseOperation.MIDWIFE_CLINIC, "BVC", BaseOperation.CHILD_HEALTH,
            "ÖF", BaseOperation.OPEN_PRESCHOOL, "SOC", BaseOperation.PREVENTIVE_SOCIAL_SERVICES);

    /** MVC and BVC may pass health and social circumstances to SOC from 2026-06-01 to 2027-05-31. */
    private static ConsentTerms consent(Set<ConsentGiver> givenBy, LocalDate withdrawnOn) {
        return ConsentTerms.between(EnumSet.of(BaseOperation.MIDWIFE_CLINIC, BaseOperation.CHILD_HEALTH),
                Set.of(BaseOperation.PREVENTIVE_SOCIAL_SERVICES),
                EnumSet.of(InformationKind.HEALTH, InformationKind.SOCIAL_CIRCUMSTANCES), givenBy,
                LocalDate.parse("2026-06-01"), LocalDate.parse("2027-05-31"), withdrawnOn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | on         | from | to  | kind                 | subject              | given by              | withdrawn  | decision
            valid in the middle                         | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | CONSENT consent-covers
            valid on its first day                      | 2026-06-01 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | CONSENT consent-covers
            not yet valid the day before                | 2026-05-31 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | consent.not-yet-valid
            valid on its last day                       | 2027-05-31 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | CONSENT consent-covers
            expired the day after its last day          | 2027-06-01 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | consent.expired
            withdrawn before the disclosure             | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 | 2026-11-15 | consent.withdrawn
            withdrawn on the disclosure's day           | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 | 2026-12-02 | consent.withdrawn
            withdrawn after the disclosure              | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 | 2026-12-03 | CONSENT consent-covers
            another operation that may disclose         | 2026-12-02 | MVC  | SOC | SOCIAL_CIRCUMSTANCES | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | CONSENT consent-covers
            the opposite direction                      | 2026-12-02 | SOC  | BVC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | consent.from-not-covered consent.to-not-covered
            to an operation it does not name            | 2026-12-02 | BVC  | ÖF  | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | consent.to-not-covered
            from an operation it does not name          | 2026-12-02 | ÖF   | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | consent.from-not-covered
            a kind of information it does not cover     | 2026-12-02 | BVC  | SOC | CONTACT_DETAILS      | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 |          | consent.kind-not-covered
            joint custody, the second custodian missing | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1           |            | consent.custodian-2-missing
            joint custody, the first custodian missing  | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_2           |            | consent.custodian-1-missing
            joint custody, only the child itself        | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | SELF                  |            | consent.custodians-missing
            single custody, the custodian               | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_SINGLE_CUSTODY | CUSTODIAN_1           |            | CONSENT consent-covers
            single custody, the custodian as the second | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_SINGLE_CUSTODY | CUSTODIAN_2           |            | CONSENT consent-covers
            single custody, only the child itself       | 2026-12-02 | BVC  | SOC | HEALTH               | CHILD_SINGLE_CUSTODY | SELF                  |            | consent.custodian-missing
            an adult who gave it                        | 2026-12-02 | MVC  | SOC | HEALTH               | ADULT                | SELF                  |            | CONSENT consent-covers
            an adult, given by someone else             | 2026-12-02 | MVC  | SOC | HEALTH               | ADULT                | CUSTODIAN_1           |            | consent.self-missing
            expired and not covering the kind           | 2027-06-01 | BVC  | SOC | OTHER                | CHILD_JOINT_CUSTODY  | CUSTODIAN_1           |            | consent.expired consent.kind-not-covered consent.custodian-2-missing
            withdrawn and expired                       | 2027-06-01 | BVC  | SOC | HEALTH               | CHILD_JOINT_CUSTODY  | CUSTODIAN_1 CUSTODIAN_2 | 2027-01-01 | consent.expired consent.withdrawn
            """)
    void aConsentCarriesADisclosureOnlyWhenEveryConditionHolds(String description, LocalDate on, String from,
                                                               String to, InformationKind kind, DataSubject subject,
                                                               String givenBy, LocalDate withdrawnOn,
                                                               String expected) {
        var disclosure = new ProposedDisclosure(on, OPERATIONS.get(from), OPERATIONS.get(to), kind, subject);

        DisclosureDecision decision = R13a.RULE.decide(disclosure, List.of(consent(givers(givenBy), withdrawnOn)),
                Optional.empty());

        assertThat(describe(decision)).isEqualTo(expected);
        assertThat(decision.ruleIds()).containsExactly("R13a", "R13c");
        assertThat(decision.reasons()).allSatisfy(reason -> {
            assertThat(reason.ruleId()).isEqualTo("R13c");
            assertThat(reason.consent()).isZero();
        });
    }

    @Test
    void withoutAConsentOrARuleNothingPasses() {
        DisclosureDecision decision = R13a.RULE.decide(disclosure(DataSubject.ADULT), List.of(), Optional.empty());

        assertThat(describe(decision)).isEqualTo("no-consent");
        assertThat(decision.ruleIds()).containsExactly("R13a");
        assertThat(decision.reasons()).singleElement()
                .isEqualTo(new DisclosureReason("R13a", "no-consent", null));
    }

    @Test
    void theFirstConsentThatCarriesItIsTheBasis() {
        var withdrawn = consent(EnumSet.of(ConsentGiver.SELF), LocalDate.parse("2026-09-01"));
        var valid = consent(EnumSet.of(ConsentGiver.SELF), null);

        DisclosureDecision decision = R13a.RULE.decide(disclosure(DataSubject.ADULT), List.of(withdrawn, valid, valid),
                Optional.empty());

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reasons()).containsExactly(new DisclosureReason("R13c", "consent-covers", 1));
    }

    @Test
    void whenNoConsentCarriesItEveryGapOfEveryConsentIsAReason() {
        var withdrawn = consent(EnumSet.of(ConsentGiver.SELF), LocalDate.parse("2026-09-01"));
        var givenByOther = consent(EnumSet.of(ConsentGiver.CUSTODIAN_1), null);

        DisclosureDecision decision = R13a.RULE.decide(disclosure(DataSubject.ADULT), List.of(withdrawn, givenByOther),
                Optional.empty());

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.basis()).isNull();
        assertThat(decision.reasons()).containsExactly(new DisclosureReason("R13c", "consent.withdrawn", 0),
                new DisclosureReason("R13c", "consent.self-missing", 1));
    }

    @ParameterizedTest(name = "skäl \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Misstanke om att barnet far illa, anmälan enligt socialtjänstlagen | SECRECY_BREAKING_RULE secrecy-breaking-rule
            ''                                                                | secrecy-breaking-rule.reason-missing
            '   '                                                             | secrecy-breaking-rule.reason-missing
            """)
    void aSecrecyBreakingRuleNeedsTheReasonInTheIndividualCase(String reason, String expected) {
        var valid = consent(EnumSet.of(ConsentGiver.SELF), null);

        DisclosureDecision decision = R13a.RULE.decide(disclosure(DataSubject.ADULT), List.of(valid),
                Optional.of(new SecrecyBreakingGround("OSL_10_28", reason)));

        assertThat(describe(decision)).isEqualTo(expected);
        assertThat(decision.ruleIds()).containsExactly("R13a");
    }

    @Test
    void aSecrecyBreakingRuleWithoutAReasonIsRefusedEvenBesideAValidConsent() {
        var valid = consent(EnumSet.of(ConsentGiver.SELF), null);
        assertThat(R13a.RULE.decide(disclosure(DataSubject.ADULT), List.of(valid), Optional.empty()).allowed())
                .isTrue();

        DisclosureDecision decision = R13a.RULE.decide(disclosure(DataSubject.ADULT), List.of(valid),
                Optional.of(new SecrecyBreakingGround("OSL_10_2", null)));

        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void aDisclosureGoesToAnotherOperation() {
        assertThatThrownBy(() -> new ProposedDisclosure(LocalDate.parse("2026-12-02"), BaseOperation.CHILD_HEALTH,
                BaseOperation.CHILD_HEALTH, InformationKind.HEALTH, DataSubject.ADULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConsentCoversTheWaysItNamesNotEveryCombinationOfTheirEnds() {
        var flows = Set.of(new InformationFlow(BaseOperation.MIDWIFE_CLINIC, BaseOperation.CHILD_HEALTH),
                new InformationFlow(BaseOperation.CHILD_HEALTH, BaseOperation.PREVENTIVE_SOCIAL_SERVICES));
        var consent = new ConsentTerms(flows, Set.of(InformationKind.HEALTH), Set.of(ConsentGiver.SELF),
                LocalDate.parse("2026-06-01"), LocalDate.parse("2027-05-31"), null);
        assertThat(decide(BaseOperation.CHILD_HEALTH, BaseOperation.PREVENTIVE_SOCIAL_SERVICES, consent))
                .containsExactly("consent-covers");
        assertThat(decide(BaseOperation.MIDWIFE_CLINIC, BaseOperation.CHILD_HEALTH, consent))
                .containsExactly("consent-covers");
        assertThat(decide(BaseOperation.MIDWIFE_CLINIC, BaseOperation.PREVENTIVE_SOCIAL_SERVICES, consent))
                .containsExactly("consent.to-not-covered");
        assertThat(decide(BaseOperation.OPEN_PRESCHOOL, BaseOperation.CHILD_HEALTH, consent))
                .containsExactly("consent.from-not-covered");
        assertThat(InformationFlow.between(Set.of(BaseOperation.CHILD_HEALTH), Set.of(BaseOperation.CHILD_HEALTH)))
                .as("no way from an operation to itself").isEmpty();
        assertThat(InformationFlow.parse("CHILD_HEALTH>OPEN_PRESCHOOL")).contains(
                new InformationFlow(BaseOperation.CHILD_HEALTH, BaseOperation.OPEN_PRESCHOOL));
        assertThat(InformationFlow.parse("CHILD_HEALTH>CHILD_HEALTH")).isEmpty();
        assertThat(InformationFlow.parse("CHILD_HEALTH")).isEmpty();
    }

    private static List<String> decide(BaseOperation from, BaseOperation to, ConsentTerms consent) {
        return R13a.RULE.decide(new ProposedDisclosure(LocalDate.parse("2026-12-02"), from, to, InformationKind.HEALTH,
                DataSubject.ADULT), List.of(consent), Optional.empty()).reasons().stream()
                .map(DisclosureReason::code).toList();
    }

    @Test
    void aConsentEndsOnOrAfterItsFirstDayAndCoversSomething() {
        LocalDate first = LocalDate.parse("2026-06-01");
        assertThatThrownBy(() -> ConsentTerms.between(Set.of(BaseOperation.CHILD_HEALTH), Set.of(BaseOperation.MIDWIFE_CLINIC),
                Set.of(InformationKind.HEALTH), Set.of(ConsentGiver.SELF), first, first.minusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsentTerms.between(Set.of(), Set.of(BaseOperation.MIDWIFE_CLINIC),
                Set.of(InformationKind.HEALTH), Set.of(ConsentGiver.SELF), first, first, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ConsentTerms.between(Set.of(BaseOperation.CHILD_HEALTH), Set.of(BaseOperation.MIDWIFE_CLINIC),
                Set.of(InformationKind.HEALTH), Set.of(ConsentGiver.SELF), first, first, null).validTo())
                .isEqualTo(first);
    }

    @ParameterizedTest(name = "barn {0}, gemensam vårdnad {1} → {2}")
    @CsvSource({"false, false, ADULT", "false, true, ADULT", "true, false, CHILD_SINGLE_CUSTODY",
            "true, true, CHILD_JOINT_CUSTODY"})
    void theSubjectFollowsAgeAndCustody(boolean child, boolean jointCustody, DataSubject expected) {
        assertThat(DataSubject.of(child, jointCustody)).isEqualTo(expected);
    }

    private static ProposedDisclosure disclosure(DataSubject subject) {
        return new ProposedDisclosure(LocalDate.parse("2026-12-02"), BaseOperation.MIDWIFE_CLINIC,
                BaseOperation.PREVENTIVE_SOCIAL_SERVICES, InformationKind.HEALTH, subject);
    }

    private static Set<ConsentGiver> givers(String names) {
        return Arrays.stream(names.split(" ")).map(ConsentGiver::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentGiver.class)));
    }

    private static String describe(DisclosureDecision decision) {
        String reasons = decision.reasons().stream().map(DisclosureReason::code).collect(Collectors.joining(" "));
        return decision.allowed() ? decision.basis() + " " + reasons : reasons;
    }
}

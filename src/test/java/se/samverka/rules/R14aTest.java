package se.samverka.rules;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R14a (§14.1): every participating base operation pays an equal part of the coordinator's whole cost, and the
 * operation that employs the coordinator is reimbursed by each of the others for its part. The parts are exact to
 * the öre (R14c): the employer, having paid, keeps the öre that do not divide first.
 */
class R14aTest {

    static final String AGREEMENT = """
            Alla basverksamheter som ingår i samverkan kring en familjecentral eller familjecentralsliknande \
            verksamhet ska dela lika på kostnaden för samordnaren. Det inkluderar samtliga kostnader kopplade till \
            tjänsten, till exempel lön, kompetensutveckling och datautrustning. Den verksamhet där samordnaren \
            anställs ersätts av övriga ingående verksamheter med respektive del av kostnaden.
            Gemensam finansiering av samordnaren gäller från och med att detta avtal träder i kraft både vid \
            befintliga familjecentraler och familjecentralsliknande verksamheter samt vid etablering av nya.
            """;

    @ParameterizedTest(name = "{0}, anställd hos {1}, {2} öre → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # operations    | employer | total öre | operation share owed, in the agreement's order
            BHV ÖF          | BHV      | 65000001  | BHV 32500001 0, ÖF 32500000 32500000
            BHV ÖF          | ÖF       | 65000001  | BHV 32500000 32500000, ÖF 32500001 0
            BMM SOC         | BMM      | 65000001  | BMM 32500001 0, SOC 32500000 32500000
            BMM SOC         | SOC      | 65000001  | BMM 32500000 32500000, SOC 32500001 0
            BHV ÖF          | BHV      | 65000000  | BHV 32500000 0, ÖF 32500000 32500000
            BHV ÖF SOC      | BHV      | 65000002  | BHV 21666668 0, ÖF 21666667 21666667, SOC 21666667 21666667
            BHV ÖF SOC      | ÖF       | 65000002  | BHV 21666667 21666667, ÖF 21666668 0, SOC 21666667 21666667
            BHV ÖF SOC      | SOC      | 65000002  | BHV 21666667 21666667, ÖF 21666667 21666667, SOC 21666668 0
            BHV ÖF SOC      | SOC      | 65000000  | BHV 21666667 21666667, ÖF 21666666 21666666, SOC 21666667 0
            BHV ÖF SOC      | BHV      | 65000000  | BHV 21666667 0, ÖF 21666667 21666667, SOC 21666666 21666666
            BMM BHV ÖF SOC  | BMM      | 65000003  | BMM 16250001 0, BHV 16250001 16250001, ÖF 16250001 16250001, SOC 16250000 16250000
            BMM BHV ÖF SOC  | BHV      | 65000003  | BMM 16250001 16250001, BHV 16250001 0, ÖF 16250001 16250001, SOC 16250000 16250000
            BMM BHV ÖF SOC  | ÖF       | 65000003  | BMM 16250001 16250001, BHV 16250001 16250001, ÖF 16250001 0, SOC 16250000 16250000
            BMM BHV ÖF SOC  | SOC      | 65000003  | BMM 16250001 16250001, BHV 16250001 16250001, ÖF 16250000 16250000, SOC 16250001 0
            SOC ÖF BHV BMM  | SOC      | 65000003  | BMM 16250001 16250001, BHV 16250001 16250001, ÖF 16250000 16250000, SOC 16250001 0
            BMM BHV ÖF SOC  | BMM      | 0         | BMM 0 0, BHV 0 0, ÖF 0 0, SOC 0 0
            """)
    void everyOperationPaysAnEqualPartAndTheOthersReimburseTheEmployer(String operations, String employer,
                                                                        long totalOre, String shares) {
        var result = R14a.RULE.coordinatorCost(totalOre, operations(operations), Centres.operation(employer));

        assertThat(describe(result)).isEqualTo(shares);
        assertThat(result.stream().mapToLong(CostShare::shareOre).sum()).isEqualTo(totalOre);
    }

    @ParameterizedTest(name = "{0}, anställd hos {1} → ogiltigt")
    @CsvSource(delimiter = '|', textBlock = """
            # operations | employer
            BHV ÖF       | SOC
            ''           | BHV
            BHV ÖF BHV   | BHV
            """)
    void theEmployerIsOneOfTheParticipatingOperations(String operations, String employer) {
        assertThatIllegalArgumentException().isThrownBy(() ->
                R14a.RULE.coordinatorCost(100, operations(operations), Centres.operation(employer)));
    }

    static List<BaseOperation> operations(String abbreviations) {
        return abbreviations.isBlank() ? List.of()
                : Arrays.stream(abbreviations.split(" ")).map(Centres::operation).toList();
    }

    static String describe(List<CostShare> shares) {
        return shares.stream()
                .map(s -> Centres.abbreviation(s.operation()) + " " + s.shareOre() + " " + s.owesPayerOre())
                .collect(Collectors.joining(", "));
    }
}

package se.samverka.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R14c (§14.1): money is exact to the öre and the parts always sum to the whole. An equal split gives the öre that
 * do not divide one each to the first parties of the stated order; a split by a key gives each party its
 * rounded-down part and the öre left over by largest remainder, ties to the earlier party. In a settlement the
 * payer comes first in that order, so it keeps the odd öre and the others each owe it their whole part; the
 * result is in the agreement's order of base operations.
 */
class R14cTest {

    static final String AGREEMENT = """
            Alla basverksamheter som ingår i samverkan kring en familjecentral eller familjecentralsliknande \
            verksamhet ska dela lika på kostnaden för samordnaren. Den verksamhet där samordnaren anställs ersätts \
            av övriga ingående verksamheter med respektive del av kostnaden.
            """;

    private static final long SEED = 20240301L;
    private static final int GENERATED_CASES = 1_000;
    private static final long MAX_TOTAL_ORE = 100_000_000_000L;

    @ParameterizedTest(name = "{0} öre på [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # total öre | parties       | parts
            10000000    | A B C         | 3333334 3333333 3333333
            0           | A B C D       | 0 0 0 0
            1           | A B C D       | 1 0 0 0
            3           | A B C D       | 1 1 1 0
            7           | A B C D E F G | 1 1 1 1 1 1 1
            8           | A B C D E F G | 2 1 1 1 1 1 1
            100         | A             | 100
            100000000000 | A B C        | 33333333334 33333333333 33333333333
            """)
    void anEqualSplitGivesTheOddOreToTheFirstParties(long totalOre, String parties, String parts) {
        var split = R14c.RULE.equalSplit(totalOre, words(parties));

        assertThat(split.keySet()).containsExactlyElementsOf(words(parties));
        assertThat(joined(split.values())).isEqualTo(parts);
    }

    @ParameterizedTest(name = "{0} öre på [{1}] → ogiltigt")
    @CsvSource(delimiter = '|', textBlock = """
            # total öre | parties
            100         | A B A
            100         | A A
            -1          | A B C
            100         | ''
            0           | ''
            """)
    void anEqualSplitNeedsDistinctPartiesAndACostOfZeroOrMore(long totalOre, String parties) {
        assertThatIllegalArgumentException().isThrownBy(() -> R14c.RULE.equalSplit(totalOre, words(parties)));
    }

    @ParameterizedTest(name = "{0} öre efter nyckeln {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # total öre | key                  | parts
            100000      | A:1 B:1 C:2          | 25000 25000 50000
            100         | A:1 B:1 C:1          | 34 33 33
            10          | A:0 B:1              | 0 10
            10          | A:1 B:2 C:3          | 2 3 5
            7           | A:3 B:1 C:1          | 4 2 1
            7           | A:1 B:1 C:3          | 2 1 4
            5           | A:1 B:1 C:1 D:1      | 2 1 1 1
            100         | A:0.5 B:0.25 C:0.25  | 50 25 25
            100         | A:1 B:1.0 C:1.00     | 34 33 33
            0           | A:1 B:2              | 0 0
            1           | A:1 B:2              | 0 1
            2           | A:1 B:1 C:1 D:1      | 1 1 0 0
            """)
    void aSplitByKeyGivesTheOreLeftOverByLargestRemainder(long totalOre, String key, String parts) {
        var split = R14c.RULE.splitByKey(totalOre, key(key));

        assertThat(split.keySet()).containsExactlyElementsOf(key(key).keySet());
        assertThat(joined(split.values())).isEqualTo(parts);
    }

    @ParameterizedTest(name = "{0} öre efter nyckeln {1} → ogiltigt")
    @CsvSource(delimiter = '|', textBlock = """
            # total öre | key
            100         | A:0 B:0
            100         | A:0
            100         | A:1 B:-1
            100         | A:-1 B:2
            -1          | A:1 B:1
            100         | ''
            """)
    void aKeyNeedsNonNegativeWeightsAboveZeroInTotal(long totalOre, String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> R14c.RULE.splitByKey(totalOre, key(key)));
    }

    @ParameterizedTest(name = "{0} öre på [{1}], {2} betalar, nyckel {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # total öre | operations      | payer | key               | operation share owed, in the agreement's order
            10000000    | BHV ÖF SOC      | ÖF    |                   | BHV 3333333 3333333, ÖF 3333334 0, SOC 3333333 3333333
            10000000    | SOC ÖF BHV      | ÖF    |                   | BHV 3333333 3333333, ÖF 3333334 0, SOC 3333333 3333333
            10000000    | BHV ÖF SOC      | BHV   |                   | BHV 3333334 0, ÖF 3333333 3333333, SOC 3333333 3333333
            10000002    | BMM BHV ÖF SOC  | SOC   |                   | BMM 2500001 2500001, BHV 2500000 2500000, ÖF 2500000 2500000, SOC 2500001 0
            100         | ÖF              | ÖF    |                   | ÖF 100 0
            10000000    | BHV ÖF SOC      | ÖF    | BHV:1 ÖF:1 SOC:2  | BHV 2500000 2500000, ÖF 2500000 0, SOC 5000000 5000000
            100         | BHV ÖF SOC      | SOC   | BHV:1 ÖF:1 SOC:1  | BHV 33 33, ÖF 33 33, SOC 34 0
            100         | BHV ÖF SOC      | ÖF    | BHV:0 ÖF:1 SOC:1  | BHV 0 0, ÖF 50 0, SOC 50 50
            """)
    void thePayerKeepsTheOddOreAndTheOthersOweItTheirParts(long totalOre, String operations, String payer,
                                                           String key, String shares) {
        var result = R14c.RULE.settle(totalOre, R14aTest.operations(operations), Centres.operation(payer),
                key == null ? null : operationKey(key));

        assertThat(R14aTest.describe(result)).isEqualTo(shares);
    }

    @ParameterizedTest(name = "{0} öre på [{1}], {2} betalar, nyckel {3} → ogiltigt")
    @CsvSource(delimiter = '|', textBlock = """
            # total öre | operations   | payer | key
            100         | BHV ÖF       | SOC   |
            100         | ''           | SOC   |
            100         | BHV ÖF       |       |
            100         | BHV ÖF BHV   | BHV   |
            -1          | BHV ÖF       | BHV   |
            100         | BHV ÖF SOC   | ÖF    | BHV:1 ÖF:1
            100         | BHV ÖF       | ÖF    | BHV:1 ÖF:1 SOC:1
            100         | BHV ÖF       | ÖF    | BHV:0 ÖF:0
            100         | BHV ÖF       | ÖF    | BHV:-1 ÖF:2
            """)
    void aSettlementNeedsThePayerAmongDistinctOperationsAndAKeyForEachOfThem(long totalOre, String operations,
                                                                              String payer, String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> R14c.RULE.settle(totalOre,
                R14aTest.operations(operations), payer == null ? null : Centres.operation(payer),
                key == null ? null : operationKey(key)));
    }

    /** A generated case: a total, an order of parties with weights, and a settlement's operations and payer. */
    record Generated(long totalOre, List<Integer> weights, List<BaseOperation> operations, BaseOperation payer) {

        List<String> parties() {
            return IntStream.range(0, weights.size()).mapToObj(i -> "P" + i).toList();
        }
    }

    static Stream<Generated> generated() {
        var random = new Random(SEED);
        return Stream.generate(() -> {
            long total = random.nextLong(MAX_TOTAL_ORE + 1);
            int parties = 1 + random.nextInt(8);
            int scale = random.nextBoolean() ? 10 : 1_000_000;
            var weights = new ArrayList<Integer>();
            for (int i = 0; i < parties; i++) {
                weights.add(random.nextInt(4) == 0 ? 0 : random.nextInt(scale + 1));
            }
            if (weights.stream().allMatch(w -> w == 0)) {
                weights.set(random.nextInt(parties), 1 + random.nextInt(scale));
            }
            var operations = new ArrayList<>(Arrays.asList(BaseOperation.values()));
            Collections.shuffle(operations, random);
            var chosen = List.copyOf(operations.subList(0, 1 + random.nextInt(operations.size())));
            return new Generated(total, List.copyOf(weights), chosen, chosen.get(random.nextInt(chosen.size())));
        }).limit(GENERATED_CASES);
    }

    @ParameterizedTest
    @MethodSource("generated")
    void anEqualSplitSumsToTheTotalAndGivesTheLargerPartsFirst(Generated generated) {
        List<String> order = generated.parties();
        long total = generated.totalOre();
        int n = order.size();

        var split = R14c.RULE.equalSplit(total, order);

        assertThat(split.keySet()).containsExactlyElementsOf(order);
        assertThat(split.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        long smaller = total / n;
        for (int i = 0; i < n; i++) {
            assertThat(split.get(order.get(i))).as(order.get(i)).isEqualTo(i < total % n ? smaller + 1 : smaller);
        }
    }

    @ParameterizedTest
    @MethodSource("generated")
    void aSplitByKeySumsToTheTotalWithEachPartWithinAnOreOfItsShare(Generated generated) {
        List<String> order = generated.parties();
        var weights = new LinkedHashMap<String, BigDecimal>();
        for (int i = 0; i < order.size(); i++) {
            weights.put(order.get(i), BigDecimal.valueOf(generated.weights().get(i)));
        }
        BigDecimal total = BigDecimal.valueOf(generated.totalOre());
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        var split = R14c.RULE.splitByKey(generated.totalOre(), weights);

        assertThat(split.keySet()).containsExactlyElementsOf(order);
        assertThat(split.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(generated.totalOre());
        split.forEach((party, part) -> {
            BigDecimal scaledGap = BigDecimal.valueOf(part).multiply(sum).subtract(total.multiply(weights.get(party)));
            assertThat(scaledGap.abs()).as(party).isLessThan(sum);
            assertThat(part).as(party).isNotNegative();
        });
    }

    @ParameterizedTest
    @MethodSource("generated")
    void aSettlementSumsToTheTotalAndTheOthersOweThePayerTheirParts(Generated generated) {
        long total = generated.totalOre();
        BaseOperation payer = generated.payer();
        int n = generated.operations().size();

        var shares = R14c.RULE.settle(total, generated.operations(), payer, null);

        assertThat(shares).extracting(CostShare::operation)
                .containsExactlyElementsOf(EnumSet.copyOf(generated.operations()));
        assertThat(shares.stream().mapToLong(CostShare::shareOre).sum()).isEqualTo(total);
        long smaller = total / n;
        long larger = total % n;
        List<BaseOperation> others = shares.stream().map(CostShare::operation).filter(op -> op != payer).toList();
        shares.forEach(share -> {
            int place = share.operation() == payer ? 0 : 1 + others.indexOf(share.operation());
            assertThat(share.shareOre()).as(share.operation().name()).isEqualTo(place < larger ? smaller + 1 : smaller);
            assertThat(share.owesPayerOre()).as(share.operation().name())
                    .isEqualTo(share.operation() == payer ? 0 : share.shareOre());
        });
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.split(" "));
    }

    private static String joined(java.util.Collection<Long> parts) {
        return parts.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static Map<String, BigDecimal> key(String text) {
        var key = new LinkedHashMap<String, BigDecimal>();
        words(text).forEach(entry -> {
            String[] pair = entry.split(":");
            key.put(pair[0], new BigDecimal(pair[1]));
        });
        return key;
    }

    private static Map<BaseOperation, BigDecimal> operationKey(String text) {
        var key = new LinkedHashMap<BaseOperation, BigDecimal>();
        key(text).forEach((abbreviation, weight) -> key.put(Centres.operation(abbreviation), weight));
        return key;
    }
}

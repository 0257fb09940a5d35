package se.samverka.rules;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Each rule's {@link Rule#quote()} is shown to users as the agreement's own wording: every sentence of it must be
 * one the rule's test class copied from the agreement. A footnote may be quoted in parentheses; " … " leaves out
 * what stands between two verbatim parts, which keep their order.
 */
class RuleQuotesTest {

    static Stream<Arguments> quotes() {
        return Stream.of(
                argumentSet("R8.2", R8_2.RULE, R8_2Test.AGREEMENT),
                argumentSet("R8.3a", R8_3a.RULE, R8_3aTest.AGREEMENT),
                argumentSet("R8.3b", R8_3b.RULE, R8_3bTest.AGREEMENT),
                argumentSet("R8.3c", R8_3c.RULE, ClassifierTest.AGREEMENT),
                argumentSet("RB3a", RB3a.RULE, RB3aTest.AGREEMENT),
                argumentSet("RB3b", RB3b.RULE, RB3bTest.AGREEMENT),
                argumentSet("RB3c", RB3c.RULE, RB3cTest.AGREEMENT),
                argumentSet("RB3e", RB3e.RULE, RB3eTest.AGREEMENT),
                argumentSet("R9", R9.RULE, R9Test.AGREEMENT),
                argumentSet("R11.1a", R11_1a.RULE, R11_1aTest.AGREEMENT),
                argumentSet("R11.1b", R11_1b.RULE, R11_1bTest.AGREEMENT),
                argumentSet("R11.1c", R11_1c.RULE, R11_1cTest.AGREEMENT),
                argumentSet("R11.2a", R11_2a.RULE, R11_2aTest.AGREEMENT),
                argumentSet("R11.2b", R11_2b.RULE, R11_2bTest.AGREEMENT),
                argumentSet("R12", R12.RULE, R12Test.AGREEMENT),
                argumentSet("R13a", R13a.RULE, R13aTest.AGREEMENT),
                argumentSet("R13c", R13c.RULE, R13aTest.AGREEMENT),
                argumentSet("R4a", R4a.RULE, R4aTest.AGREEMENT),
                argumentSet("R14a", R14a.RULE, R14aTest.AGREEMENT),
                argumentSet("R14b", R14b.RULE, R14bTest.AGREEMENT),
                argumentSet("R14c", R14c.RULE, R14cTest.AGREEMENT),
                argumentSet("R14d", R14d.RULE, R14dTest.AGREEMENT),
                argumentSet("R15a", R15a.RULE, R15aTest.AGREEMENT),
                argumentSet("R15b", R15b.RULE, R15bTest.AGREEMENT),
                argumentSet("R15c", R15c.RULE, R15cTest.AGREEMENT),
                argumentSet("R15d", R15d.RULE, R15dTest.AGREEMENT),
                argumentSet("R15e", R15e.RULE, R15eTest.AGREEMENT),
                argumentSet("RB1a", RB1a.RULE, RB1aTest.AGREEMENT),
                argumentSet("RB2a", RB2a.RULE, RB2aTest.AGREEMENT));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void quoteIsTheAgreementsWording(Rule rule, String agreement) {
        String text = normalise(agreement);

        assertThat(Arrays.stream(rule.quote().split("(?<=\\.\\)?)\\s+")).map(RuleQuotesTest::normalise))
                .isNotEmpty()
                .allSatisfy(sentence -> assertThat(text).containsSubsequence(sentence.split(" … ")));
    }

    private static String normalise(String text) {
        String sentence = text.strip().replaceAll("\\s+", " ");
        return sentence.startsWith("(") && sentence.endsWith(".)")
                ? sentence.substring(1, sentence.length() - 1)
                : sentence;
    }
}

package se.samverka.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NIST SP 800-63B 5.1.1.2 as Samverka applies it to a new password. */
class PasswordRulesTest {

    @ParameterizedTest(name = "\"{0}\" for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            '            '                        | anna      | user.password.blank
            kort                                      | anna      | user.password.too-short
            elva-tecken                               | anna      | user.password.too-short
            aaaaaaaaaaaaaaaaaaaa                      | anna      | user.password.repeated
            anna.andersson@goteborg.se                | anna.andersson@goteborg.se | user.password.username
            Anna.Andersson@Goteborg.SE                | anna.andersson@goteborg.se | user.password.username
            password1234                              | anna      | user.password.common
            Qwerty123456                              | anna      | user.password.common
            ' 1q2w3e4r5t6y '                          | anna      | user.password.common
            """)
    void aPasswordThatBreaksARuleIsRefusedWithTheRulesMessage(String password, String username, String code) {
        assertThat(PasswordRules.problem(password, username)).get()
                .extracting(PasswordRules.Problem::code).isEqualTo(code);
    }

    @Test
    void twelveToOneHundredAndTwentyEightCharactersOfAnyKindAreAccepted() {
        assertThat(PasswordRules.problem("tolv tecken!", "anna")).isEmpty();
        assertThat(PasswordRules.problem("ö".repeat(64) + "å".repeat(64), "anna"))
                .as("128 two-byte characters, 256 bytes: more than bcrypt's 72 bytes").isEmpty();
        assertThat(PasswordRules.problem("😀🙂".repeat(64), "anna"))
                .as("characters outside the BMP count once each").isEmpty();
        assertThat(PasswordRules.problem("xy".repeat(64) + "z", "anna").orElseThrow().code())
                .isEqualTo("user.password.too-long");
        assertThat(PasswordRules.problem("en mening som bara jag kan", null)).isEmpty();
    }

    @Test
    void whiteSpaceOfAnyKindIsNoPassword() {
        assertThat(PasswordRules.problem("\u00a0\u2003\t\n".repeat(4), "anna").orElseThrow().code())
                .isEqualTo("user.password.blank");
        assertThat(PasswordRules.problem("", "anna").orElseThrow().code()).isEqualTo("user.password.blank");
    }

    @Test
    void theFixturesAndTheDemoPasswordsAreAccepted() {
        assertThat(PasswordRules.problem(Fixtures.PASSWORD, "test1-234")).isEmpty();
        assertThat(PasswordRules.problem("familjecentral", "demo-lan")).isEmpty();
    }

    @Test
    void theBundledListHasTheMostCommonPasswords() {
        for (String common : new String[]{"123456789012", "passwordpassword", "qazwsxedcrfv", "administrator"}) {
            assertThat(PasswordRules.problem(common, "anna")).as(common).get()
                    .extracting(PasswordRules.Problem::code).isEqualTo("user.password.common");
        }
    }

    @Test
    void anAccountGetsNoPasswordThatBreaksARule() {
        assertThatThrownBy(() -> PasswordRules.checked(" ".repeat(12), "anna"))
                .isInstanceOf(PasswordRules.RefusedPassword.class)
                .extracting(e -> ((PasswordRules.RefusedPassword) e).problem().code()).isEqualTo("user.password.blank");
        assertThat(PasswordRules.checked(Fixtures.PASSWORD, "anna")).isEqualTo(Fixtures.PASSWORD);
    }
}

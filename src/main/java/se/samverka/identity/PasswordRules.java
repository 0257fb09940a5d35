package se.samverka.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B (5.1.1.2): 12 to 128 characters, any characters, no rules on
 * their kinds; not only white space, not one character repeated, not the username, not one of the most common
 * passwords (the bundled list {@code identity/common-passwords.txt}, compared lower-cased).
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";
    private static final Set<String> COMMON = load();

    /** A broken rule: the message key at the password field, with its arguments. */
    record Problem(String code, Object... arguments) {
    }

    /** Thrown when a password that breaks a rule reaches an account anyway. */
    static class RefusedPassword extends IllegalArgumentException {

        private final transient Problem problem;

        RefusedPassword(Problem problem) {
            super("Lösenordet uppfyller inte reglerna: " + problem.code());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private PasswordRules() {
    }

    /** The first rule {@code password} breaks for the account {@code username}, or empty when it may be used. */
    static Optional<Problem> problem(String password, String username) {
        Objects.requireNonNull(password);
        int length = password.codePointCount(0, password.length());
        if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of(new Problem("user.password.blank"));
        }
        if (length < MIN_LENGTH) {
            return Optional.of(new Problem("user.password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Problem("user.password.too-long", MAX_LENGTH));
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of(new Problem("user.password.repeated"));
        }
        String lowerCase = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lowerCase.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("user.password.username"));
        }
        if (COMMON.contains(lowerCase)) {
            return Optional.of(new Problem("user.password.common"));
        }
        return Optional.empty();
    }

    /** {@code password} when it may be used for the account; otherwise throws {@link RefusedPassword}. */
    static String checked(String password, String username) {
        problem(password, username).ifPresent(problem -> {
            throw new RefusedPassword(problem);
        });
        return password;
    }

    private static Set<String> load() {
        var passwords = new HashSet<String>(65_536);
        try (var in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " saknas");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("# ") && !line.equals("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}

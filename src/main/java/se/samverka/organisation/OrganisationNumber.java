package se.samverka.organisation;

import java.util.Optional;

/**
 * A Swedish organisation number of a legal person, written NNNNNN-NNNN. The last digit is a Luhn check
 * digit over the other nine, and the third digit is at least 2, which tells it from a personal
 * identity number.
 */
public record OrganisationNumber(String value) {

    public enum Problem {
        FORMAT,
        NOT_LEGAL_PERSON,
        CHECK_DIGIT
    }

    public OrganisationNumber {
        if (problem(value).isPresent()) {
            throw new IllegalArgumentException("Not an organisation number");
        }
    }

    /** Accepts 10 digits with or without hyphen, or with the century prefix 16. */
    public static Optional<OrganisationNumber> parse(String text) {
        return normalise(text).filter(digits -> problem(digits).isEmpty()).map(OrganisationNumber::new);
    }

    /** What is wrong with {@code text}, if anything. */
    public static Optional<Problem> check(String text) {
        return normalise(text).map(OrganisationNumber::problem).orElse(Optional.of(Problem.FORMAT));
    }

    private static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "").replace("-", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("[0-9]{10}")) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    private static Optional<Problem> problem(String value) {
        if (value == null || !value.matches("[0-9]{6}-[0-9]{4}")) {
            return Optional.of(Problem.FORMAT);
        }
        String digits = value.replace("-", "");
        if (digits.charAt(2) < '2') {
            return Optional.of(Problem.NOT_LEGAL_PERSON);
        }
        return luhnValid(digits) ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}

package se.samverka.centre;

import java.util.Optional;

/** A Swedish postal code: five digits, the first 1–9, written "NNN NN". */
record PostalCode(String value) {

    PostalCode {
        if (value == null || !value.matches("[1-9][0-9]{2} [0-9]{2}")) {
            throw new IllegalArgumentException("Not a postal code");
        }
    }

    static Optional<PostalCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "");
        if (digits.startsWith("SE-")) {
            digits = digits.substring(3);
        }
        return digits.matches("[1-9][0-9]{4}")
                ? Optional.of(new PostalCode(digits.substring(0, 3) + " " + digits.substring(3)))
                : Optional.empty();
    }
}

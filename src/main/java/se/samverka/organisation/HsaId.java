package se.samverka.organisation;

import java.util.Optional;

/**
 * An HSA-id of the national catalogue of health and care services: "SE", the ten digits of an
 * organisation number, a hyphen and up to 20 letters or digits, e.g. SE2321000131-E000000000001.
 */
public record HsaId(String value) {

    private static final String PATTERN = "SE[0-9]{10}-[A-Z0-9]{1,20}";

    public HsaId {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("Not an HSA-id");
        }
    }

    public static Optional<HsaId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase(java.util.Locale.ROOT);
        return normalised.matches(PATTERN) ? Optional.of(new HsaId(normalised)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

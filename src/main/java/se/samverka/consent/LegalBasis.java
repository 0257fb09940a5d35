package se.samverka.consent;

import se.samverka.rules.DisclosureDecision.LegalBasisKind;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of an entry in the catalogue of legal bases for passing information between operations (R13a): what
 * the law says, where, and in plain Swedish. Versions are written once; a change is the next version.
 */
record LegalBasis(String code, int version, LegalBasisKind kind, String statute, String title, String explanation,
                  boolean retired, Instant recordedAt, String recordedBy) {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int MAX_LINE = 300;
    static final int MAX_EXPLANATION = 4000;

    /** What the county's administrator writes for an entry. */
    record Text(LegalBasisKind kind, String statute, String title, String explanation) {

        Text {
            Objects.requireNonNull(kind);
            statute = text(statute, MAX_LINE);
            title = text(title, MAX_LINE);
            explanation = text(explanation, MAX_EXPLANATION);
        }

        private static String text(String value, int max) {
            if (value == null || value.isBlank() || value.strip().length() > max) {
                throw new IllegalArgumentException("1 to " + max + " characters");
            }
            return value.strip();
        }
    }

    Text text() {
        return new Text(kind, statute, title, explanation);
    }
}

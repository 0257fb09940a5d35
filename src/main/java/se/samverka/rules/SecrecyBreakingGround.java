package se.samverka.rules;

import java.util.Objects;

/**
 * A secrecy-breaking rule invoked for one disclosure: its code in the catalogue of legal bases and the reason in
 * the individual case (R13a).
 *
 * @param reason may be blank here; the decision refuses it then
 */
public record SecrecyBreakingGround(String code, String reason) {

    public SecrecyBreakingGround {
        Objects.requireNonNull(code, "code");
        reason = reason == null ? "" : reason.strip();
    }
}

package se.samverka.rules;

import java.util.Objects;

/**
 * A base operation taking part in a centre.
 *
 * @param coLocated §8.4: the whole part of the operation's work that concerns the centre is there
 */
public record Participation(BaseOperation operation, boolean coLocated) {

    public Participation {
        Objects.requireNonNull(operation, "operation");
    }
}

package se.samverka.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Something missing for a kind: at least one of {@code anyOf} has to take part, or be co-located.
 *
 * @param code names the Swedish text ({@code requirement.<code>})
 */
public record Requirement(String ruleId, Need need, Set<BaseOperation> anyOf, String code) {

    public enum Need {
        PARTICIPATE,
        CO_LOCATE
    }

    public Requirement {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(need);
        Objects.requireNonNull(code);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("A requirement names at least one operation");
        }
        anyOf = Collections.unmodifiableSet(EnumSet.copyOf(anyOf));
    }
}

package se.samverka.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Why a centre got its kind, one rule at a time ({@code reason.<code>} in messages_sv.properties). */
public record Reason(String ruleId, String section, String code, Set<BaseOperation> operations) {

    public Reason {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(section);
        Objects.requireNonNull(code);
        operations = operations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(operations));
    }

    static Reason of(Rule rule, String code, Set<BaseOperation> operations) {
        return new Reason(rule.id(), rule.section(), code, operations);
    }

    static Reason of(Rule rule, String code) {
        return of(rule, code, Set.of());
    }
}
